package org.tend.depth;

/**
 * The introductions the member made, for the insights page: asked (any outcome), accepted
 * by both sides, and helped (the 30-day follow-up promise was marked kept; decision
 * 0028).
 */
public record IntroductionFigures(int made, int accepted, int helped) {

	public static final IntroductionFigures NONE = new IntroductionFigures(0, 0, 0);

	public IntroductionFigures {
		if (made < 0 || accepted < 0 || helped < 0 || accepted > made || helped > accepted) {
			throw new IllegalArgumentException("figures must satisfy 0 <= helped <= accepted <= made");
		}
	}

	IntroductionFigures plus(IntroductionFigures other) {
		return new IntroductionFigures(this.made + other.made, this.accepted + other.accepted,
				this.helped + other.helped);
	}

}
