package org.tend.accounts;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The signed-in member, as every controller receives it (declare a parameter of this
 * type). Its id is the owner id that scopes every query of member data.
 */
public record CurrentMember(UUID id, String email, String displayName, ZoneId zone) implements Serializable {

	public CurrentMember {
		if (id == null || email == null || displayName == null || zone == null) {
			throw new IllegalArgumentException("a member needs an id, an email, a name and a time zone");
		}
	}

}
