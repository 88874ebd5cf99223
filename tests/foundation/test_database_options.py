"""Connection settings of PostgreSQL (issue 18)."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's JIT")
def test_postgresql_connections_compile_no_query_just_in_time():
    """At ten million claims a few list queries' costs pass jit_above_cost, and compiling them
    took longer than running them."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
