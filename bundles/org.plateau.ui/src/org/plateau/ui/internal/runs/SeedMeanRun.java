package org.plateau.ui.internal.runs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.plateau.core.run.RunResult;
import org.plateau.core.runs.SeedMean;

/**
 * The seeds of one setting drawn as one run: their mean curve with a band of one standard error ({@link SeedMean}),
 * as the runs table offers a group of seeds.
 */
public final class SeedMeanRun implements RunSource {

	private final String label;
	private final int seeds;
	private final RunResult mean;

	/**
	 * @param label the setting in words, e.g. "learning rate η = 0.001"
	 * @param seeds the stored runs of its seeds
	 * @throws IOException when no seed's run can be read
	 */
	public SeedMeanRun(String label, List<RunSource> seeds) throws IOException {
		List<RunResult> results = new ArrayList<>();
		for (RunSource seed : seeds) {
			if (seed.snapshot() != null) {
				results.add(seed.snapshot());
			}
		}
		if (results.isEmpty()) {
			throw new IOException("None of the " + seeds.size() + " runs of " + label + " can be read");
		}
		this.label = label;
		this.seeds = results.size();
		this.mean = SeedMean.of(results);
	}

	/** How many seeds the mean is of. */
	public int seeds() {
		return seeds;
	}

	/** The setting's words; the Plots view adds "mean of n seeds". */
	@Override
	public String label() {
		return label;
	}

	@Override
	public RunResult snapshot() {
		return mean;
	}

	@Override
	public long version() {
		return 0;
	}

	@Override
	public boolean isLive() {
		return false;
	}
}
