package org.tend.shared;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import(BulkInsert.class)
class BulkInsertH2Tests extends BulkInsertContract {

	@Override
	String createProbeTable() {
		// TRANSACTIONAL: creating it does not commit the test's transaction; the table
		// then
		// stays with the connection, hence "if not exists"
		return """
				create local temporary table if not exists bulk_probe (id uuid primary key, label varchar(6000), amount integer,
				    on_day date, at_instant timestamp with time zone, at_timestamp timestamp with time zone,
				    flag boolean) transactional""";
	}

}
