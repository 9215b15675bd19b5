package org.tend.groups.forming;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state both algorithms work on: the wishes indexed by position, the (topic, venue)
 * keys each wish is eligible for, and the groups so far. Every group on the board keeps
 * the rules at every moment (its members share its key, its size lies within each
 * member's wish and 4..8); the only exception is a group being built, which
 * {@link #close} checks.
 */
final class Board {

	static final long PLACED = 1000;

	static final long SAME_COMPANY = 30;

	final List<Wish> wishes;

	final String[] keyTopic;

	final String[] keyVenue;

	/** Per wish: the keys it is eligible for, sorted. */
	final int[][] keysOf;

	/** Per key: the wishes eligible for it, in input order. */
	final int[][] membersOf;

	final int[] companyOf;

	final Group[] groupOf;

	final List<Group> groups = new ArrayList<>();

	/** Per key: the groups formed on it. */
	final List<List<Group>> groupsOfKey = new ArrayList<>();

	final int[] unplacedOfKey;

	static final class Group {

		final int key;

		final int[] members = new int[Wish.LARGEST];

		int size;

		int lo;

		int hi;

		boolean onBoard;

		Group(int key) {
			this.key = key;
		}

	}

	Board(List<Wish> wishes) {
		this.wishes = List.copyOf(wishes);
		int n = wishes.size();
		Map<String, Integer> keys = new HashMap<>();
		List<String> topics = new ArrayList<>();
		List<String> venues = new ArrayList<>();
		Map<String, Integer> companies = new HashMap<>();
		this.keysOf = new int[n][];
		this.companyOf = new int[n];
		List<List<Integer>> members = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Wish wish = wishes.get(i);
			List<Integer> mine = new ArrayList<>();
			for (String topic : wish.topics().stream().sorted().toList()) {
				for (String venue : wish.venues()) {
					String name = topic + '\n' + venue;
					Integer key = keys.get(name);
					if (key == null) {
						key = keys.size();
						keys.put(name, key);
						topics.add(topic);
						venues.add(venue);
						members.add(new ArrayList<>());
					}
					mine.add(key);
					members.get(key).add(i);
				}
			}
			this.keysOf[i] = mine.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
			this.companyOf[i] = (wish.company() != null)
					? companies.computeIfAbsent(wish.company(), (c) -> companies.size()) : -1 - i;
		}
		this.keyTopic = topics.toArray(String[]::new);
		this.keyVenue = venues.toArray(String[]::new);
		this.membersOf = members.stream()
			.map((list) -> list.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
		this.groupOf = new Group[n];
		this.unplacedOfKey = new int[this.keyTopic.length];
		for (int k = 0; k < this.keyTopic.length; k++) {
			this.unplacedOfKey[k] = this.membersOf[k].length;
			this.groupsOfKey.add(new ArrayList<>());
		}
	}

	boolean eligible(int member, int key) {
		return Arrays.binarySearch(this.keysOf[member], key) >= 0;
	}

	Group open(int key) {
		Group group = new Group(key);
		group.lo = Wish.SMALLEST;
		group.hi = Wish.LARGEST;
		return group;
	}

	/** Whether the group could take the member and still keep everyone's size wish. */
	boolean canAdd(Group group, int member) {
		Wish wish = this.wishes.get(member);
		int size = group.size + 1;
		return size <= Math.min(group.hi, wish.sizeMax()) && Math.max(group.lo, wish.sizeMin()) <= size;
	}

	/** Whether adding is possible once the group grows (the lower bound may wait). */
	boolean canGrowWith(Group group, int member) {
		Wish wish = this.wishes.get(member);
		int hi = Math.min(group.hi, wish.sizeMax());
		return group.size + 1 <= hi && Math.max(group.lo, wish.sizeMin()) <= hi;
	}

	/** Whether the group keeps the rules without this member. */
	boolean canRemove(Group group, int member) {
		int size = group.size - 1;
		int lo = Wish.SMALLEST;
		for (int i = 0; i < group.size; i++) {
			if (group.members[i] != member) {
				lo = Math.max(lo, this.wishes.get(group.members[i]).sizeMin());
			}
		}
		return size >= lo;
	}

	/** Whether {@code in} may take {@code out}'s seat and the group keep the rules. */
	boolean canReplace(Group group, int out, int in) {
		if (!eligible(in, group.key)) {
			return false;
		}
		Wish wish = this.wishes.get(in);
		int lo = Math.max(Wish.SMALLEST, wish.sizeMin());
		int hi = wish.sizeMax();
		for (int i = 0; i < group.size; i++) {
			int m = group.members[i];
			if (m != out) {
				lo = Math.max(lo, this.wishes.get(m).sizeMin());
				hi = Math.min(hi, this.wishes.get(m).sizeMax());
			}
		}
		return lo <= group.size && group.size <= hi;
	}

	/** How many members of the group (leaving one out) share the member's company. */
	int sameCompany(Group group, int member, int except) {
		int count = 0;
		for (int i = 0; i < group.size; i++) {
			int m = group.members[i];
			if (m != member && m != except && this.companyOf[m] == this.companyOf[member]) {
				count++;
			}
		}
		return count;
	}

	/** Adds to a group on the board (placing the member) or to one being built. */
	void add(Group group, int member) {
		group.members[group.size++] = member;
		refresh(group);
		if (group.onBoard) {
			place(member, group);
		}
	}

	void remove(Group group, int member) {
		for (int i = 0; i < group.size; i++) {
			if (group.members[i] == member) {
				group.members[i] = group.members[--group.size];
				break;
			}
		}
		refresh(group);
		if (group.onBoard) {
			unplace(member);
		}
	}

	boolean holds(Group group, int member) {
		for (int i = 0; i < group.size; i++) {
			if (group.members[i] == member) {
				return true;
			}
		}
		return false;
	}

	/** Puts a built group on the board if it keeps the rules; false leaves it off. */
	boolean close(Group group) {
		if (group.size < group.lo || group.size > group.hi) {
			return false;
		}
		group.onBoard = true;
		this.groups.add(group);
		this.groupsOfKey.get(group.key).add(group);
		for (int i = 0; i < group.size; i++) {
			place(group.members[i], group);
		}
		return true;
	}

	boolean placed(int member) {
		return this.groupOf[member] != null;
	}

	private void place(int member, Group group) {
		this.groupOf[member] = group;
		for (int key : this.keysOf[member]) {
			this.unplacedOfKey[key]--;
		}
	}

	private void unplace(int member) {
		this.groupOf[member] = null;
		for (int key : this.keysOf[member]) {
			this.unplacedOfKey[key]++;
		}
	}

	/** Same-company pairs of a group. */
	int conflicts(Group group) {
		int count = 0;
		for (int i = 0; i < group.size; i++) {
			for (int j = i + 1; j < group.size; j++) {
				if (this.companyOf[group.members[i]] == this.companyOf[group.members[j]]) {
					count++;
				}
			}
		}
		return count;
	}

	/**
	 * The objective of docs/pairing.md: placed members first, then fewer same-company
	 * pairs.
	 */
	long objective() {
		long value = 0;
		for (Group group : this.groups) {
			value += PLACED * group.size - SAME_COMPANY * conflicts(group);
		}
		return value;
	}

	Formation formation() {
		List<Formation.Group> formed = new ArrayList<>();
		for (Group group : this.groups) {
			List<Integer> members = new ArrayList<>();
			for (int i = 0; i < group.size; i++) {
				members.add(this.wishes.get(group.members[i]).member());
			}
			members.sort(null);
			formed.add(new Formation.Group(this.keyTopic[group.key], this.keyVenue[group.key], members));
		}
		List<Integer> unplaced = new ArrayList<>();
		for (int i = 0; i < this.wishes.size(); i++) {
			if (!placed(i)) {
				unplaced.add(this.wishes.get(i).member());
			}
		}
		return new Formation(formed, unplaced, objective());
	}

	private void refresh(Group group) {
		int lo = Wish.SMALLEST;
		int hi = Wish.LARGEST;
		for (int i = 0; i < group.size; i++) {
			Wish wish = this.wishes.get(group.members[i]);
			lo = Math.max(lo, wish.sizeMin());
			hi = Math.min(hi, wish.sizeMax());
		}
		group.lo = lo;
		group.hi = hi;
	}

}
