package org.tend.shared;

import org.tend.support.OnH2;

@OnH2
class FilteredQueryH2Tests extends FilteredQueryContract {

	@Override
	String createProbeTable() {
		// TRANSACTIONAL keeps the test's transaction open; the table stays with the
		// connection, hence "if not exists"
		return "create local temporary table if not exists filter_probe (n integer primary key, kind varchar(10))"
				+ " transactional";
	}

}
