package org.plateau.core.results;

import java.util.Arrays;
import java.util.List;

/**
 * Time series of named metrics, one row per recorded step. Appending copies the values; the table grows by
 * doubling so that recording costs no allocation on most steps.
 */
public final class ResultsTable {

	private final List<String> columns;
	private long[] steps = new long[64];
	private double[][] values;
	private int size;

	/** A table with the given metric columns (the step column is implicit). */
	public ResultsTable(List<String> columns) {
		this.columns = List.copyOf(columns);
		this.values = new double[this.columns.size()][64];
	}

	/** Appends a row; {@code row} must have one value per column. */
	public void add(long step, double[] row) {
		if (row.length != columns.size()) {
			throw new IllegalArgumentException("Row has " + row.length + " values, table has " + columns.size() + " columns");
		}
		if (size == steps.length) {
			steps = Arrays.copyOf(steps, size * 2);
			for (int c = 0; c < values.length; c++) {
				values[c] = Arrays.copyOf(values[c], size * 2);
			}
		}
		steps[size] = step;
		for (int c = 0; c < row.length; c++) {
			values[c][size] = row[c];
		}
		size++;
	}

	/** A copy of this table (same columns, same rows). */
	public ResultsTable copy() {
		ResultsTable copy = new ResultsTable(columns);
		copy.steps = Arrays.copyOf(steps, Math.max(64, size));
		for (int c = 0; c < values.length; c++) {
			copy.values[c] = Arrays.copyOf(values[c], Math.max(64, size));
		}
		copy.size = size;
		return copy;
	}

	/** The metric column names. */
	public List<String> columns() {
		return columns;
	}

	/** The number of rows. */
	public int size() {
		return size;
	}

	/** The recorded steps, a copy. */
	public long[] steps() {
		return Arrays.copyOf(steps, size);
	}

	/** The step of row {@code i}. */
	public long step(int i) {
		return steps[i];
	}

	/** The value of column {@code c} in row {@code i}. */
	public double value(int c, int i) {
		return values[c][i];
	}

	/** The index of a column, or -1. */
	public int indexOf(String column) {
		return columns.indexOf(column);
	}

	/** A copy of a column's values. */
	public double[] column(String column) {
		int c = indexOf(column);
		if (c < 0) {
			throw new IllegalArgumentException("No column '" + column + "' in " + columns);
		}
		return Arrays.copyOf(values[c], size);
	}
}
