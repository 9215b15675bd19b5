package org.tend.groups;

/** A second publish while the community's season is still running: answered 409. */
public class SeasonRunning extends RuntimeException {

	public SeasonRunning() {
		super("This community's groups are in their season already; publish again once it has ended");
	}

}
