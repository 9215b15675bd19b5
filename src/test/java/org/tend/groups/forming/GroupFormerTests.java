package org.tend.groups.forming;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupFormerTests {

	private static void assertKeepsTheRules(List<Wish> wishes, Formation formation) {
		Map<Integer, Wish> byMember = new HashMap<>();
		wishes.forEach((w) -> byMember.put(w.member(), w));
		Set<Integer> seen = new HashSet<>();
		for (Formation.Group group : formation.groups()) {
			int size = group.members().size();
			assertThat(size).as("group size").isBetween(Wish.SMALLEST, Wish.LARGEST);
			for (int member : group.members()) {
				Wish wish = byMember.get(member);
				assertThat(seen.add(member)).as("member %d in one group only", member).isTrue();
				assertThat(wish.topics()).as("topic of %d", member).contains(group.topic());
				assertThat(wish.venues()).as("venue of %d", member).contains(group.venue());
				assertThat(size).as("size wish of %d", member).isBetween(wish.sizeMin(), wish.sizeMax());
			}
		}
		Set<Integer> unplaced = new HashSet<>(formation.unplaced());
		assertThat(unplaced).noneMatch(seen::contains);
		assertThat(unplaced.size() + seen.size()).isEqualTo(wishes.size());
	}

	@Test
	void randomWishesAlwaysGiveGroupsWithinTheirRules() {
		for (long seed = 1; seed <= 200; seed++) {
			List<Wish> wishes = RandomWishes.of(4 + (int) (seed * 7 % 150), seed);
			Formation formed = GroupFormer.form(wishes, Duration.ofSeconds(5), seed);
			assertKeepsTheRules(wishes, formed);
			Formation greedy = PlainGreedy.form(wishes);
			assertKeepsTheRules(wishes, greedy);
			assertThat(formed.placed()).as("seed %d: placed at least as many as the plain greedy", seed)
				.isGreaterThanOrEqualTo(greedy.placed());
		}
	}

	@Test
	void anExactlyFittingSetIsPlacedWhole() {
		List<Wish> wishes = List.of(new Wish(1, Set.of("rust"), List.of(Wish.VIRTUAL), 4, 4, "a"),
				new Wish(2, Set.of("rust", "go"), List.of(Wish.VIRTUAL), 4, 5, "a"),
				new Wish(3, Set.of("rust"), List.of(Wish.VIRTUAL), 4, 8, "b"),
				new Wish(4, Set.of("rust"), List.of(Wish.VIRTUAL, Wish.city("valencia")), 4, 6, "c"));
		Formation formed = GroupFormer.form(wishes, Duration.ofSeconds(1), 1);
		assertThat(formed.groups()).singleElement().satisfies((g) -> {
			assertThat(g.topic()).isEqualTo("rust");
			assertThat(g.members()).containsExactly(1, 2, 3, 4);
		});
		assertThat(formed.unplaced()).isEmpty();
	}

	@Test
	void inPersonGroupsStayInOneCity() {
		List<Wish> wishes = List.of(new Wish(1, Set.of("rust"), List.of(Wish.city("valencia")), 4, 8, null),
				new Wish(2, Set.of("rust"), List.of(Wish.city("valencia")), 4, 8, null),
				new Wish(3, Set.of("rust"), List.of(Wish.city("valencia")), 4, 8, null),
				new Wish(4, Set.of("rust"), List.of(Wish.city("madrid")), 4, 8, null));
		Formation formed = GroupFormer.form(wishes, Duration.ofSeconds(1), 1);
		assertThat(formed.groups()).isEmpty();
		assertThat(formed.unplaced()).containsExactlyInAnyOrder(1, 2, 3, 4);
	}

	@Test
	void colleaguesAreSpreadOverGroupsWhenTheyCanBe() {
		List<Wish> wishes = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			wishes.add(new Wish(i, Set.of("rust"), List.of(Wish.VIRTUAL), 4, 4, (i < 4) ? "acme" : "other " + i));
		}
		Formation formed = GroupFormer.form(wishes, Duration.ofSeconds(1), 1);
		assertThat(formed.groups()).hasSize(2);
		for (Formation.Group group : formed.groups()) {
			assertThat(group.members().stream().filter((m) -> m < 4).count()).isEqualTo(2);
		}
	}

}
