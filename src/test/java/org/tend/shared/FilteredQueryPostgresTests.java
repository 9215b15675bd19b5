package org.tend.shared;

import org.tend.support.OnPostgres;

@OnPostgres
class FilteredQueryPostgresTests extends FilteredQueryContract {

	@Override
	String createProbeTable() {
		return "create temporary table filter_probe (n integer primary key, kind varchar(10)) on commit drop";
	}

}
