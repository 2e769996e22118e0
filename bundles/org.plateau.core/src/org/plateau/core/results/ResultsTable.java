package org.plateau.core.results;

import java.util.Arrays;
import java.util.List;

/**
 * Time series of named metrics, one row per recorded step. Appending copies the values; the table grows by
 * doubling so that recording costs no allocation on most steps.
 * <p>
 * A table may be bounded ({@link #bounded}): when it holds its capacity of rows, it keeps every other row and from
 * then on every second row that arrives (then every fourth, ...), and always the last row added, so that its memory
 * stays bounded however long the run. A run streams every record to {@code metrics.csv}
 * ({@link RunFolderWriter}); its bounded table serves figures and summaries.
 */
public final class ResultsTable {

	private final List<String> columns;
	private final int capacity;
	private long[] steps = new long[64];
	private double[][] values;
	/** Rows kept; a last row not kept by the stride sits after them ({@link #tail}). */
	private int size;
	private boolean tail;
	private long arrived;
	private long stride = 1;

	/** A table with the given metric columns (the step column is implicit). */
	public ResultsTable(List<String> columns) {
		this(columns, Integer.MAX_VALUE - 8);
	}

	private ResultsTable(List<String> columns, int capacity) {
		this.columns = List.copyOf(columns);
		this.capacity = capacity;
		this.values = new double[this.columns.size()][64];
	}

	/**
	 * A table that keeps at most about {@code capacity} rows: thinned by half each time it is full, the last row
	 * always kept.
	 */
	public static ResultsTable bounded(List<String> columns, int capacity) {
		if (capacity < 4 || capacity % 2 != 0) {
			throw new IllegalArgumentException("capacity must be even and at least 4, was " + capacity);
		}
		return new ResultsTable(columns, capacity);
	}

	/** Appends a row; {@code row} must have one value per column. */
	public void add(long step, double[] row) {
		if (row.length != columns.size()) {
			throw new IllegalArgumentException("Row has " + row.length + " values, table has " + columns.size() + " columns");
		}
		long index = arrived++;
		if (index % stride != 0) {
			// not kept by the stride: it stays as the last row until the next one arrives
			put(size, step, row);
			tail = true;
			return;
		}
		tail = false;
		if (size == capacity) {
			thin();
		}
		put(size, step, row);
		size++;
	}

	/** Keeps every other row: those that arrived at a multiple of twice the stride. */
	private void thin() {
		for (int i = 0; 2 * i < size; i++) {
			steps[i] = steps[2 * i];
			for (double[] column : values) {
				column[i] = column[2 * i];
			}
		}
		size = (size + 1) / 2;
		stride *= 2;
	}

	private void put(int i, long step, double[] row) {
		if (i == steps.length) {
			int grown = (int) Math.min((long) capacity + 1, 2L * steps.length);
			steps = Arrays.copyOf(steps, grown);
			for (int c = 0; c < values.length; c++) {
				values[c] = Arrays.copyOf(values[c], grown);
			}
		}
		steps[i] = step;
		for (int c = 0; c < row.length; c++) {
			values[c][i] = row[c];
		}
	}

	/** Whether rows were left out to bound the table's memory ({@link #bounded}). */
	public boolean thinned() {
		return stride > 1;
	}

	/** The number of rows added, kept or not. */
	public long rowsAdded() {
		return arrived;
	}

	/** A copy of this table (same columns, same rows). */
	public ResultsTable copy() {
		ResultsTable copy = new ResultsTable(columns, capacity);
		int rows = size();
		copy.steps = Arrays.copyOf(steps, Math.max(64, rows));
		for (int c = 0; c < values.length; c++) {
			copy.values[c] = Arrays.copyOf(values[c], Math.max(64, rows));
		}
		copy.size = size;
		copy.tail = tail;
		copy.arrived = arrived;
		copy.stride = stride;
		return copy;
	}

	/** The metric column names. */
	public List<String> columns() {
		return columns;
	}

	/** The number of rows. */
	public int size() {
		return tail ? size + 1 : size;
	}

	/** The recorded steps, a copy. */
	public long[] steps() {
		return Arrays.copyOf(steps, size());
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
		return Arrays.copyOf(values[c], size());
	}
}
