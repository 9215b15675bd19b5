package org.tend.introductions;

import java.util.UUID;

/**
 * Asks another member of a community for an introduction: whom ({@code toMemberId}) and,
 * in the asker's words, to whom ("someone in climate finance"). Checked by
 * {@link IntroductionRequestsService#ask}, which names the field at fault.
 */
public record NewIntroductionRequest(UUID toMemberId, String text) {

	public static final int MAX_TEXT = 1000;

}
