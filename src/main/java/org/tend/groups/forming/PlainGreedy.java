package org.tend.groups.forming;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The baseline the benchmark compares with: topics and venues by how many wish them, each
 * one's members in the order they wished, a group closed as soon as it is full, the last
 * one kept if it is big enough. It keeps every rule; it just does not look ahead.
 */
public final class PlainGreedy {

	private PlainGreedy() {
	}

	public static Formation form(List<Wish> wishes) {
		Board board = new Board(wishes);
		fill(board);
		return board.formation();
	}

	static void fill(Board board) {
		List<Integer> keys = IntStream.range(0, board.keyTopic.length)
			.boxed()
			.sorted(Comparator.comparingInt((Integer k) -> -board.membersOf[k].length).thenComparing((k) -> k))
			.toList();
		for (int key : keys) {
			Board.Group group = board.open(key);
			for (int member : board.membersOf[key]) {
				if (board.placed(member) || !board.canGrowWith(group, member)) {
					continue;
				}
				board.add(group, member);
				if (group.size == group.hi) {
					board.close(group);
					group = board.open(key);
				}
			}
			board.close(group);
		}
	}

}
