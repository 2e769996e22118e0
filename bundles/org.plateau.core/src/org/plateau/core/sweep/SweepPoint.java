package org.plateau.core.sweep;

import java.util.List;
import java.util.Objects;

import org.plateau.model.Experiment;

/**
 * One run of a sweep: a setting of the axes' values, repeated with a derived seed.
 *
 * @param index position in the sweep's point table, from 0; names the point's results folder
 * @param setting which setting of the axes' values, from 0 (the repetitions of a setting share it)
 * @param repetition which repetition of the setting, from 0
 * @param seed the run's seed: the base experiment's seed plus the repetition
 * @param values the value of each axis, in the sweep's axis order, of the attributes' types
 * @param experiment the base experiment with the values and the seed set, named after the point
 */
public record SweepPoint(int index, int setting, int repetition, long seed, List<Object> values, Experiment experiment) {

	public SweepPoint {
		values = List.copyOf(values);
		Objects.requireNonNull(experiment, "experiment");
	}

	/** The point's id in file names and tables: its index with four digits, e.g. {@code 0007}. */
	public String id() {
		return id(index);
	}

	/** The id of the point at an index. */
	public static String id(int index) {
		return String.format("%04d", index);
	}
}
