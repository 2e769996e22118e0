package org.plateau.family.deeplinear.internal.numerics;

import java.util.Objects;

import org.ejml.data.DMatrixRMaj;

/**
 * A training set: inputs X (Ni x P) and targets Y (No x P), one example (item) per column, with a name for each
 * item (column) and each feature (row of Y). Immutable: the matrices are copied in, and accessors return copies.
 * Factories for the paper tasks are in {@link Tasks}.
 */
public final class Dataset {

	private final String name;
	// package-private so that the trainer reads them without copying; never modified
	final DMatrixRMaj x;
	final DMatrixRMaj y;
	private final String[] itemNames;
	private final String[] featureNames;

	/**
	 * @param name what the task is called (for messages)
	 * @param inputs X, Ni x P
	 * @param targets Y, No x P
	 * @param itemNames P names, one per column
	 * @param featureNames No names, one per row of Y
	 */
	public Dataset(String name, DMatrixRMaj inputs, DMatrixRMaj targets, String[] itemNames, String[] featureNames) {
		this.name = Objects.requireNonNull(name, "name");
		if (inputs.numCols != targets.numCols) {
			throw new IllegalArgumentException(name + ": inputs have " + inputs.numCols + " columns (examples) but targets have "
					+ targets.numCols);
		}
		if (inputs.numCols < 1 || inputs.numRows < 1 || targets.numRows < 1) {
			throw new IllegalArgumentException(name + ": empty inputs or targets");
		}
		if (itemNames.length != inputs.numCols) {
			throw new IllegalArgumentException(name + ": " + itemNames.length + " item names for " + inputs.numCols + " items");
		}
		if (featureNames.length != targets.numRows) {
			throw new IllegalArgumentException(
					name + ": " + featureNames.length + " feature names for " + targets.numRows + " features");
		}
		this.x = inputs.copy();
		this.y = targets.copy();
		this.itemNames = itemNames.clone();
		this.featureNames = featureNames.clone();
	}

	public String name() {
		return name;
	}

	/** Ni, the input dimension. */
	public int inputSize() {
		return x.numRows;
	}

	/** No, the output dimension (number of features). */
	public int outputSize() {
		return y.numRows;
	}

	/** P, the number of examples (items). */
	public int size() {
		return x.numCols;
	}

	/** A copy of X (Ni x P). */
	public DMatrixRMaj inputs() {
		return x.copy();
	}

	/** A copy of Y (No x P). */
	public DMatrixRMaj targets() {
		return y.copy();
	}

	/** The names of the P items (columns). */
	public String[] itemNames() {
		return itemNames.clone();
	}

	/** The names of the No features (rows of Y). */
	public String[] featureNames() {
		return featureNames.clone();
	}

	/** Sigma_x under the given convention (spec 0.1). */
	public DMatrixRMaj sigmaX(LossConvention convention) {
		return convention.sigmaX(x);
	}

	/** Sigma_yx under the given convention (spec 0.1). */
	public DMatrixRMaj sigmaYX(LossConvention convention) {
		return convention.sigmaYX(x, y);
	}

	@Override
	public String toString() {
		return name + " (" + inputSize() + " inputs, " + outputSize() + " outputs, " + size() + " examples)";
	}
}
