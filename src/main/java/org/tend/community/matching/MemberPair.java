package org.tend.community.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * An unordered pair of members: {@code MemberPair.of(x, y)} equals
 * {@code MemberPair.of(y, x)}.
 */
public record MemberPair(UUID a, UUID b) {

	public MemberPair {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		if (a.equals(b)) {
			throw new IllegalArgumentException("A member cannot be paired with themselves: " + a);
		}
		// the smaller id first, so that the record's own equals and hashCode ignore order
		if (a.compareTo(b) > 0) {
			UUID swap = a;
			a = b;
			b = swap;
		}
	}

	public static MemberPair of(UUID x, UUID y) {
		return new MemberPair(x, y);
	}

	public boolean contains(UUID member) {
		return this.a.equals(member) || this.b.equals(member);
	}

}
