package org.tend.community;

/** A community the member belongs to (or waits to be let into), with their role. */
public record MyCommunity(Community community, Role role, boolean pending, long members) {

}
