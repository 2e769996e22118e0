package org.plateau.core.family;

import java.util.SplittableRandom;

/**
 * Independent random streams of one experiment seed, one per use (the weights, the data, each chunk of a batch, ...),
 * so that adding a use does not shift the numbers another use draws, and a run is reproduced from its seed.
 */
public final class SeedStreams {

	private SeedStreams() {
	}

	/**
	 * The stream of one use of a seed: the seed spread by the golden-ratio constant of SplitMix64, plus the use.
	 *
	 * @param seed the experiment's seed
	 * @param use which use, a family's constant
	 */
	public static SplittableRandom of(long seed, long use) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + use);
	}
}
