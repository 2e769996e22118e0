package org.plateau.core.family;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A scalar quantity that a simulation records over training time and that a theory may predict, such as the
 * loss or the strength of one mode. The {@link #id()} is the column name in results files and the key by which
 * theory curves are paired with simulated ones.
 *
 * @param id stable identifier, a valid CSV column name (letters, digits, {@code _ . -})
 * @param label human-readable label in the paper's vocabulary, e.g. {@code "a_1 (s=3.87)"}
 * @param description one sentence saying what the quantity is; may be empty
 * @param recordEvery the metric is measured at every this-many-th record (and at the last), e.g. 10 for an analysis
 *            too costly for every record; the records in between hold no value (NaN). 1 for the training loss, which
 *            is the first metric of every run
 * @param summaries the summary statistics of this metric's curve that mean something, which a sweep plots against its
 *            parameters (all by default; a mode strength that rises from near zero has no meaningful least value, so
 *            its family keeps the final value and the half-way time)
 * @param ofSetting the metric is a quantity of the experiment's setting that training does not change, derived from
 *            it rather than swept, e.g. the excess kurtosis of the pixels of a localization task (Lufkin, Saxe &amp;
 *            Grant 2024, Fig. 4), which depends on the gain g or the tail exponent k that a sweep moves: a sweep draws
 *            the other metrics' final values against it too ({@code sweep-<metric>-vs-<this id>})
 * @param meanings what a summary of this metric means in the paper, where it means more than its name, by summary:
 *            the least generalization error over training is the error of optimal early stopping (Advani &amp; Saxe
 *            2017), its time the optimal stopping time; sweep legends name the summary so
 */
public record MetricDescriptor(String id, String label, String description, int recordEvery, Set<Summary> summaries,
		boolean ofSetting, Map<Summary, String> meanings) {

	/** A statistic that summarises one run's curve of a metric as one number, for plots over swept parameters. */
	public enum Summary {
		/** The value at the last recorded step (with a theory's limit t → ∞ beside it). */
		FINAL,
		/** The least value recorded, e.g. the best generalization error before overfitting. */
		MIN,
		/** The time of the least value, e.g. the early-stopping time. */
		ARGMIN,
		/** When the curve first crosses the midpoint of its first and last values, e.g. Saxe et al.'s t_half. */
		HALF_TIME
	}

	/** A metric without named meanings of its summaries. */
	public MetricDescriptor(String id, String label, String description, int recordEvery, Set<Summary> summaries,
			boolean ofSetting) {
		this(id, label, description, recordEvery, summaries, ofSetting, Map.of());
	}

	/** A metric measured at every record, all of whose summaries mean something. */
	public MetricDescriptor(String id, String label, String description) {
		this(id, label, description, 1, EnumSet.allOf(Summary.class));
	}

	/** A metric of the training, measured at every {@code recordEvery}-th record, with the given meaningful summaries. */
	public MetricDescriptor(String id, String label, String description, int recordEvery, Set<Summary> summaries) {
		this(id, label, description, recordEvery, summaries, false);
	}

	/** A metric measured at every {@code recordEvery}-th record, all of whose summaries mean something. */
	public MetricDescriptor(String id, String label, String description, int recordEvery) {
		this(id, label, description, recordEvery, EnumSet.allOf(Summary.class));
	}

	/** This metric, measured at every {@code k}-th record only (and at the last). */
	public MetricDescriptor everyRecords(int k) {
		return new MetricDescriptor(id, label, description, k, summaries, ofSetting, meanings);
	}

	/** This metric, of which only the given summaries mean something (none: a sweep plots no figure of it). */
	public MetricDescriptor summarisedBy(Summary... meaningful) {
		Set<Summary> set = EnumSet.noneOf(Summary.class);
		set.addAll(Arrays.asList(meaningful));
		return new MetricDescriptor(id, label, description, recordEvery, set, ofSetting, meanings);
	}

	/**
	 * This metric as a quantity of the setting ({@link #ofSetting()}): constant over training, so only its final value
	 * is summarised, and sweeps draw the other metrics against it.
	 */
	public MetricDescriptor asQuantityOfSetting() {
		return new MetricDescriptor(id, label, description, recordEvery, EnumSet.of(Summary.FINAL), true, meanings);
	}

	/**
	 * This metric, with what one of its summaries means in the paper, e.g. {@code meaning(Summary.MIN, "optimal early
	 * stopping")} for the generalization error.
	 */
	public MetricDescriptor meaning(Summary summary, String meaning) {
		Map<Summary, String> map = new EnumMap<>(Summary.class);
		map.putAll(meanings);
		map.put(summary, meaning);
		return new MetricDescriptor(id, label, description, recordEvery, summaries, ofSetting, map);
	}

	/** What a summary of this metric means, e.g. "optimal early stopping"; empty when the family names none. */
	public String meaningOf(Summary summary) {
		return meanings.getOrDefault(summary, "");
	}

	/** Whether the summary means something for this metric. */
	public boolean meaningful(Summary summary) {
		return summaries.contains(summary);
	}

	public MetricDescriptor {
		if (recordEvery < 1) {
			throw new IllegalArgumentException("Metric '" + id + "': recordEvery must be at least 1, was " + recordEvery);
		}
		Objects.requireNonNull(id, "id");
		if (!id.matches("[A-Za-z0-9_.\\-]+")) {
			throw new IllegalArgumentException("Metric id '" + id + "' may only use letters, digits, '_', '.', '-'");
		}
		label = label == null ? id : label;
		description = description == null ? "" : description;
		summaries = summaries == null ? Set.copyOf(EnumSet.allOf(Summary.class)) : Set.copyOf(summaries);
		meanings = meanings == null ? Map.of() : Map.copyOf(meanings);
	}
}
