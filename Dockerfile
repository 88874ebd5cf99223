FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY requirements.txt .
# the lock pins every package with its hash: nothing unpinned or altered gets in
RUN pip install --require-hashes --no-deps -r requirements.txt && pip check

COPY . .
# the extraction engine compiled with Cython for the worker (about a quarter faster); should the
# compiler be unavailable, the image still builds and the engine runs as pure Python
RUN (apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
      && python -m tracker.extraction.build --optional \
      && apt-get purge -y gcc libc6-dev && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*) \
    || echo "extraction engine: pure Python"
# collectstatic needs settings that pass production checks; the real values come at run time.
RUN DEBUG=0 SECRET_KEY=build-only-not-secret ALLOWED_HOSTS=build python manage.py collectstatic --noinput

RUN useradd --create-home --uid 1000 tracker && chown -R tracker /app
USER tracker
EXPOSE 8000
CMD ["gunicorn", "tracker.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
