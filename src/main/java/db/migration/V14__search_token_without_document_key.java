package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops search_token's foreign key to search_document. Its check costs a lookup for every
 * word written, and an import writes hundreds of thousands of them; the search module
 * deletes a document's words itself, and a deleted account's words on
 * {@code AccountsDeleting}. The key was created without a name, which each database chose
 * its own way, so it is found by what it links rather than by name; in Java because SQL
 * alone cannot say "the key from this table to that one" on both databases.
 */
public class V14__search_token_without_document_key extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		List<String> keys = foreignKeys(connection.getMetaData(), connection.getSchema());
		try (Statement statement = connection.createStatement()) {
			for (String key : keys) {
				statement.execute("alter table search_token drop constraint \"" + key + "\"");
			}
		}
	}

	private static List<String> foreignKeys(DatabaseMetaData metaData, String schema) throws SQLException {
		List<String> keys = new ArrayList<>();
		for (String table : List.of("search_token", "SEARCH_TOKEN")) {
			try (ResultSet imported = metaData.getImportedKeys(null, schema, table)) {
				while (imported.next()) {
					if ("search_document".equals(imported.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT))) {
						keys.add(imported.getString("FK_NAME"));
					}
				}
			}
		}
		return keys.stream().distinct().toList();
	}

}
