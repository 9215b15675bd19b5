package org.tend.groups.forming;

import java.util.List;

/**
 * The groups formed from a list of wishes (members by their {@link Wish#member()} index)
 * and who was left unplaced, with the objective's value (see docs/pairing.md, "Small
 * groups").
 */
public record Formation(List<Group> groups, List<Integer> unplaced, long objective) {

	/**
	 * A group: its topic, its venue ({@code city:<name>} or {@code virtual}), members.
	 */
	public record Group(String topic, String venue, List<Integer> members) {

		public Group {
			members = List.copyOf(members);
		}

	}

	public int placed() {
		return this.groups.stream().mapToInt((g) -> g.members().size()).sum();
	}

}
