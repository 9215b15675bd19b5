package org.tend.groups;

import org.tend.support.AppOnPostgres;

/** The small groups' pages, and the repository reads behind them, on PostgreSQL. */
@AppOnPostgres
class GroupPagesPostgresTests extends GroupPagesTests {

}
