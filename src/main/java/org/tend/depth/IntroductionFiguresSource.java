package org.tend.depth;

import java.util.UUID;

/**
 * Where the insights page gets the introductions the member made. Depth sits below
 * introductions in the module map and must not call up into it, so introductions
 * implements this as a bean and depth asks every such bean, the way mail asks for the
 * weekly nudge's content. Without one, the figures are zero.
 */
public interface IntroductionFiguresSource {

	/** The member's own figures; zero when they made none. */
	IntroductionFigures introductionFigures(UUID ownerId);

}
