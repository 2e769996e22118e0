package org.plateau.family.committee.internal;

import java.util.Arrays;
import java.util.List;

import org.plateau.core.family.TheoryPrediction;

/**
 * The height of the plateau: eps_g at the unspecialised fixed point of the O(eta) ODEs, K = M erf units, T = I,
 * A = v = 1 (spec 3(d), check 3-B): eps = M/6 - (M^2/pi) arcsin(1/(2M)), which SGD approaches as eta -> 0 (at finite
 * eta the plateau sits a little higher: 0.01215 at eta = 0.1 for M = 2, against 0.011611).
 */
final class PlateauLevel implements TheoryPrediction {

	static final String ID = "plateau";

	private final int teacherUnits;
	private final double error;

	PlateauLevel(int teacherUnits, double error) {
		this.teacherUnits = teacherUnits;
		this.error = error;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "plateau, unspecialised fixed point (η → 0)";
	}

	@Override
	public String description() {
		return String.format("eps_g = M/6 - (M^2/pi) arcsin(1/(2M)) = %.6f for M = %d: R = 1/sqrt(M(2M-1)), Q = 1/(2M-1) "
				+ "(spec 3(d))", error, teacherUnits);
	}

	@Override
	public List<String> metricIds() {
		return List.of(CommitteeSetup.GENERALISATION_ERROR);
	}

	@Override
	public double[][] predict(long[] steps) {
		double[] level = new double[steps.length];
		Arrays.fill(level, error);
		return new double[][] { level };
	}
}
