package org.tend.groups.forming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Forms small groups from wishes (docs/pairing.md, "Small groups"): a greedy seed that
 * places the members with the fewest choices first, then improvements until nothing
 * improves or the time budget is spent: an unplaced member joins a group with room, takes
 * the seat of a member who moves to another group, or starts a new group (borrowing
 * members groups can spare); members move or swap between groups when that leaves fewer
 * colleagues of one company together. Every move keeps every group within the rules, so
 * stopping at any moment gives a valid formation. Deterministic for a given seed when it
 * finishes within the budget.
 */
public final class GroupFormer {

	private Board board;

	private final long deadline;

	private final Random random;

	private record Loan(int member, Board.Group from) {
	}

	private GroupFormer(List<Wish> wishes, Duration budget, long seed) {
		this.board = new Board(wishes);
		this.deadline = System.nanoTime() + budget.toNanos();
		this.random = new Random(seed);
	}

	public static Formation form(List<Wish> wishes, Duration budget, long seed) {
		GroupFormer former = new GroupFormer(wishes, budget, seed);
		former.seed();
		// the plain greedy is a second seed: cheap, and now and then the better start
		Board greedy = new Board(wishes);
		PlainGreedy.fill(greedy);
		if (greedy.objective() > former.board.objective()) {
			former.board = greedy;
		}
		former.improve();
		return former.board.formation();
	}

	private boolean timeLeft() {
		return System.nanoTime() < this.deadline;
	}

	private void seed() {
		Board b = this.board;
		List<Integer> order = IntStream.range(0, b.wishes.size())
			.boxed()
			.sorted(Comparator.comparingInt((Integer m) -> b.keysOf[m].length)
				.thenComparingInt((m) -> b.wishes.get(m).sizeMax() - b.wishes.get(m).sizeMin())
				.thenComparingInt((m) -> m))
			.toList();
		for (int member : order) {
			if (!b.placed(member)) {
				if (!join(member)) {
					build(member, false);
				}
			}
		}
	}

	private void improve() {
		boolean improved = true;
		while (improved && timeLeft()) {
			improved = false;
			List<Integer> unplaced = new ArrayList<>();
			for (int m = 0; m < this.board.wishes.size(); m++) {
				if (!this.board.placed(m)) {
					unplaced.add(m);
				}
			}
			java.util.Collections.shuffle(unplaced, this.random);
			for (int member : unplaced) {
				if (!timeLeft()) {
					return;
				}
				if (!this.board.placed(member) && (join(member) || takeSeat(member) || build(member, true))) {
					improved = true;
				}
			}
			for (Board.Group group : List.copyOf(this.board.groups)) {
				if (!timeLeft()) {
					return;
				}
				improved |= diversify(group);
			}
		}
	}

	/** Joins the group with room that holds fewest of the member's colleagues. */
	private boolean join(int member) {
		Board b = this.board;
		Board.Group best = null;
		int bestSame = Integer.MAX_VALUE;
		for (int key : b.keysOf[member]) {
			for (Board.Group group : b.groupsOfKey.get(key)) {
				if (b.canAdd(group, member)) {
					int same = b.sameCompany(group, member, -1);
					if (same < bestSame) {
						best = group;
						bestSame = same;
					}
				}
			}
		}
		if (best == null) {
			return false;
		}
		b.add(best, member);
		return true;
	}

	/** Takes the seat of a member who can move to another group with room. */
	private boolean takeSeat(int member) {
		Board b = this.board;
		for (int key : b.keysOf[member]) {
			for (Board.Group group : b.groupsOfKey.get(key)) {
				for (int i = 0; i < group.size; i++) {
					int seated = group.members[i];
					if (!b.canReplace(group, seated, member)) {
						continue;
					}
					for (int other : b.keysOf[seated]) {
						for (Board.Group target : b.groupsOfKey.get(other)) {
							if (target != group && b.canAdd(target, seated)) {
								b.remove(group, seated);
								b.add(group, member);
								b.add(target, seated);
								return true;
							}
						}
					}
				}
			}
		}
		return false;
	}

	/**
	 * Builds a new group around the member on one of its topics and venues, from unplaced
	 * members and, when {@code borrow}, members whose group can spare them. Undone when
	 * it does not reach a valid size.
	 */
	private boolean build(int member, boolean borrow) {
		Board b = this.board;
		List<Integer> keys = new ArrayList<>();
		for (int key : b.keysOf[member]) {
			keys.add(key);
		}
		keys.sort(Comparator.comparingInt((Integer k) -> -b.unplacedOfKey[k]));
		for (int key : keys) {
			if (!borrow && b.unplacedOfKey[key] < Wish.SMALLEST) {
				continue;
			}
			Board.Group group = b.open(key);
			b.add(group, member);
			List<Loan> borrowed = new ArrayList<>();
			while (group.size < group.hi) {
				int pick = pick(group, borrow);
				if (pick < 0) {
					break;
				}
				Board.Group from = b.groupOf[pick];
				if (from != null) {
					b.remove(from, pick);
					borrowed.add(new Loan(pick, from));
				}
				b.add(group, pick);
				if (borrow && group.size >= group.lo) {
					break;
				}
			}
			if (b.close(group)) {
				return true;
			}
			for (Loan loan : borrowed) {
				b.remove(group, loan.member());
				b.add(loan.from(), loan.member());
			}
		}
		return false;
	}

	/**
	 * The next member for a group being built: unplaced before borrowed, then fewest
	 * colleagues already in it, then fewest other choices, then the widest size wish.
	 */
	private int pick(Board.Group group, boolean borrow) {
		Board b = this.board;
		int best = -1;
		long bestScore = Long.MIN_VALUE;
		for (int candidate : b.membersOf[group.key]) {
			if (b.holds(group, candidate) || !b.canGrowWith(group, candidate)) {
				continue;
			}
			Board.Group from = b.groupOf[candidate];
			if (from != null && (!borrow || !b.canRemove(from, candidate))) {
				continue;
			}
			Wish wish = b.wishes.get(candidate);
			long score = ((from == null) ? 1_000_000L : 0) - 10_000L * b.sameCompany(group, candidate, -1)
					- 100L * b.keysOf[candidate].length + 10L * Math.min(group.hi, wish.sizeMax());
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	/** Moves or swaps members of one company apart while that lowers the count. */
	private boolean diversify(Board.Group group) {
		Board b = this.board;
		boolean changed = false;
		for (int i = 0; i < group.size; i++) {
			int member = group.members[i];
			int here = b.sameCompany(group, member, -1);
			if (here == 0) {
				continue;
			}
			if (moveOrSwap(group, member, here)) {
				changed = true;
				i = -1;
			}
		}
		return changed;
	}

	private boolean moveOrSwap(Board.Group group, int member, int here) {
		Board b = this.board;
		for (int key : b.keysOf[member]) {
			for (Board.Group target : b.groupsOfKey.get(key)) {
				if (target == group) {
					continue;
				}
				if (b.canAdd(target, member) && b.canRemove(group, member)
						&& b.sameCompany(target, member, -1) < here) {
					b.remove(group, member);
					b.add(target, member);
					return true;
				}
				for (int j = 0; j < target.size; j++) {
					int other = target.members[j];
					if (!b.canReplace(target, other, member) || !b.canReplace(group, member, other)) {
						continue;
					}
					int before = here + b.sameCompany(target, other, -1);
					int after = b.sameCompany(target, member, other) + b.sameCompany(group, other, member);
					if (after < before) {
						b.remove(group, member);
						b.remove(target, other);
						b.add(group, other);
						b.add(target, member);
						return true;
					}
				}
			}
		}
		return false;
	}

}
