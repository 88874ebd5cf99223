"""Log-in bursts (django-axes): after 5 failures for one user from one address, every attempt
is refused, even with the right password, with the wait in words; the API token endpoint alike.

The probe: 40 wrong passwords in 11.6 s, all answered, then the right one worked.
"""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory
from tracker.accounts.throttle import cool_off, wait_in_words

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
LOGIN = reverse("login")
TOKEN = reverse("api:token")


@pytest.fixture
def erika():
    user = UserFactory(username="erika", role="editor")
    user.set_password(PASSWORD)
    user.save()
    return user


def log_in(client, password, username="erika", address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_ten_wrong_passwords_lock_out_from_the_sixth_even_with_the_right_one(erika):
    client = Client()
    answers = [log_in(client, f"wrong-{n}") for n in range(10)]
    assert [a.status_code for a in answers[:4]] == [200] * 4  # "did not match", try again
    assert all(a.status_code == 429 for a in answers[5:])
    right = log_in(client, PASSWORD)
    assert right.status_code == 429
    html = right.content.decode()
    assert "Too many failed log-ins" in html and "Try again in" in html and "minute" in html
    assert int(right["Retry-After"]) > 0
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_per_user_and_address(erika):
    client = Client()
    for n in range(6):
        log_in(client, f"wrong-{n}")
    assert log_in(Client(), PASSWORD, address="198.51.100.9").status_code == 302  # another address
    other = UserFactory(username="emil", role="editor")
    other.set_password(PASSWORD)
    other.save()
    assert log_in(Client(), PASSWORD, username="emil").status_code == 302  # another user


def test_after_the_wait_the_right_password_works(erika, monkeypatch):
    client = Client()
    for n in range(5):
        log_in(client, f"wrong-{n}")
    assert log_in(client, PASSWORD).status_code == 429
    from axes.models import AccessAttempt

    AccessAttempt.objects.update(attempt_time=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert log_in(client, PASSWORD).status_code == 302


def test_the_wait_doubles_with_each_lockout_of_the_day(rf, erika):
    from axes.models import AccessFailureLog

    request = rf.post(LOGIN, {"username": "erika"}, REMOTE_ADDR="203.0.113.7")
    request.axes_ip_address = "203.0.113.7"
    waits = []
    for lockouts in range(4):
        AccessFailureLog.objects.all().delete()
        for _ in range(5 * lockouts + 5):
            AccessFailureLog.objects.create(
                username="erika", ip_address="203.0.113.7", user_agent="", path_info=LOGIN, locked_out=False
            )
        waits.append(cool_off(request))
    assert waits == [dt.timedelta(minutes=m) for m in (1, 2, 4, 8)]


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(1, "1 second"), (45, "45 seconds"), (61, "2 minutes"), (3600, "1 hour"), (7200, "2 hours")],
)
def test_the_wait_reads_as_words(seconds, words):
    assert wait_in_words(dt.timedelta(seconds=seconds)) == words


def test_the_token_endpoint_gives_a_token_for_the_right_password(erika):
    response = Client().post(
        TOKEN, {"username": "erika", "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 200 and len(response.json()["token"]) == 40


def test_the_token_endpoint_locks_out_like_the_login_page(erika):
    client = Client()
    answers = [
        client.post(TOKEN, {"username": "erika", "password": f"wrong-{n}"}, content_type="application/json")
        for n in range(10)
    ]
    assert [a.status_code for a in answers[:4]] == [400] * 4
    assert all(a.status_code == 429 for a in answers[5:])
    right = client.post(TOKEN, {"username": "erika", "password": PASSWORD}, content_type="application/json")
    assert right.status_code == 429
    assert "Try again in" in right.json()["detail"] and "token" not in right.json()


def test_failures_on_the_token_endpoint_count_for_the_login_page(erika):
    client = Client()
    for n in range(5):
        client.post(TOKEN, {"username": "erika", "password": f"wrong-{n}"}, content_type="application/json")
    assert log_in(client, PASSWORD, address="127.0.0.1").status_code == 429
