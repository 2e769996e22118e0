package org.plateau.core.family;

import java.util.List;
import java.util.Objects;

/**
 * A matrix that a simulation snapshots at chosen steps and that a theory may predict at the same steps, e.g. the
 * item-item representational similarity matrix or the predicted feature-item matrix (Saxe et al. PNAS 2019).
 *
 * @param name stable identifier used in file names
 * @param title human-readable title
 * @param rowLabels labels of the rows (may be empty when rows have no names)
 * @param columnLabels labels of the columns (may be empty)
 */
public record MatrixDescriptor(String name, String title, List<String> rowLabels, List<String> columnLabels) {

	public MatrixDescriptor {
		Objects.requireNonNull(name, "name");
		if (!name.matches("[A-Za-z0-9_\\-]+")) {
			throw new IllegalArgumentException("Matrix name '" + name + "' may only use letters, digits, '_', '-'");
		}
		title = title == null ? name : title;
		rowLabels = List.copyOf(rowLabels);
		columnLabels = List.copyOf(columnLabels);
	}
}
