"""Connection settings of PostgreSQL (issue 18)."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's settings")
def test_postgresql_connections_compile_no_query_just_in_time_and_start_no_parallel_workers():
    """At ten million claims a few list queries' costs pass jit_above_cost, and compiling them
    took longer than running them; starting parallel workers took longer than what they
    shared."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"
