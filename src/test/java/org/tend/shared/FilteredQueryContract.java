package org.tend.shared;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way a filtered list is counted and paged, on both databases: only the
 * conditions whose filter is set apply, the count ignores the page, and pages follow the
 * order.
 */
@Transactional
abstract class FilteredQueryContract {

	@Autowired
	JdbcClient jdbc;

	abstract String createProbeTable();

	@BeforeEach
	void tenRowsInTwoKinds() {
		this.jdbc.sql(createProbeTable()).update();
		for (int i = 1; i <= 10; i++) {
			this.jdbc.sql("insert into filter_probe (n, kind) values (:n, :kind)")
				.param("n", i)
				.param("kind", (i % 2 == 0) ? "even" : "odd")
				.update();
		}
	}

	@Test
	void unsetFiltersAddNoCondition() {
		FilteredQuery query = FilteredQuery.where("n > :above", "above", 0)
			.andIfSet(null, "kind = :kind", "kind", (kind) -> kind);

		assertThat(query.conditions()).isEqualTo("n > :above");
		assertThat(query.count(this.jdbc, "filter_probe")).isEqualTo(10);
	}

	@Test
	void setFiltersNarrowTheCountAndThePage() {
		FilteredQuery query = FilteredQuery.where("n > :above", "above", 2)
			.andIfSet("even", "kind = :kind", "kind", (kind) -> kind);

		PageOf<Integer> page = query.page(this.jdbc, "filter_probe", "n", "n desc", new PageRequest(1, 2),
				(rs, row) -> rs.getInt("n"));

		assertThat(page.total()).isEqualTo(4);
		assertThat(page.items()).containsExactly(6, 4);
	}

	@Test
	void aPagePastTheEndIsEmptyButKeepsTheTotal() {
		PageOf<Integer> page = FilteredQuery.where("kind = :kind", "kind", "odd")
			.page(this.jdbc, "filter_probe", "n", "n", new PageRequest(3, 2), (rs, row) -> rs.getInt("n"));

		assertThat(page.items()).isEmpty();
		assertThat(page.total()).isEqualTo(5);
	}

	@Test
	void conditionsWithoutTheirOwnParameterTakeOneAddedApart() {
		List<Integer> slice = FilteredQuery.where("n >= :from", "from", 3)
			.and("n <= :to")
			.param("to", 5)
			.slice(this.jdbc, "select n from filter_probe", "n", 0, 10, (rs, row) -> rs.getInt("n"));

		assertThat(slice).containsExactly(3, 4, 5);
	}

}
