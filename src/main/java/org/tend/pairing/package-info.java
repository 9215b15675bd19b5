/**
 * The matching engine: a weighted graph of vertices {@code 0..n-1} in, a matching out,
 * exact (proven optimal) or fast (near-optimal, far quicker). Plain Java, no Spring beans
 * required and no dependency on any other module: communities (rounds) and the command
 * {@code bench/match.sh} both call it.
 */
@ApplicationModule(displayName = "Matching engine", allowedDependencies = {})
package org.tend.pairing;

import org.springframework.modulith.ApplicationModule;
