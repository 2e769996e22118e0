package org.plateau.core.family;

import java.util.Objects;

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
 */
public record MetricDescriptor(String id, String label, String description, int recordEvery) {

	/** A metric measured at every record. */
	public MetricDescriptor(String id, String label, String description) {
		this(id, label, description, 1);
	}

	/** This metric, measured at every {@code k}-th record only (and at the last). */
	public MetricDescriptor everyRecords(int k) {
		return new MetricDescriptor(id, label, description, k);
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
	}
}
