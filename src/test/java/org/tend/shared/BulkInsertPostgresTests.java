package org.tend.shared;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import(BulkInsert.class)
class BulkInsertPostgresTests extends BulkInsertContract {

	@Override
	String createProbeTable() {
		return """
				create temporary table bulk_probe (id uuid primary key, label varchar(6000), amount integer,
				    on_day date, at_instant timestamp with time zone, at_timestamp timestamp with time zone,
				    flag boolean) on commit drop""";
	}

}
