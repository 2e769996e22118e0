package org.plateau.family.committee.internal;

import org.ejml.data.DMatrixRMaj;
import org.plateau.family.committee.theory.ActivationIntegrals;
import org.plateau.family.committee.theory.GeneralisationError;
import org.plateau.family.committee.theory.OrderParameters;

/**
 * What the family records of a state, the same for SGD and for the ODEs (spec 3(d)): eps_g, Q_kk, R_kn, v_k in the
 * order of {@link CommitteeSetup#metrics()}, and the matrices R and Q.
 */
final class OrderParameterMeasures {

	private OrderParameterMeasures() {
	}

	/** eps_g in closed form, then Q_kk, R_kn (row by row) and v_k, into {@code into}. */
	static void measure(ActivationIntegrals g, OrderParameters p, double[] into) {
		int k = p.k();
		int m = p.m();
		int index = 0;
		into[index++] = GeneralisationError.of(g, p);
		for (int a = 0; a < k; a++) {
			into[index++] = p.q(a, a);
		}
		for (int a = 0; a < k; a++) {
			for (int n = 0; n < m; n++) {
				into[index++] = p.r(a, n);
			}
		}
		for (int a = 0; a < k; a++) {
			into[index++] = p.v()[a];
		}
	}

	/** How many values {@link #measure} writes: 1 + K + KM + K. */
	static int count(int k, int m) {
		return 1 + k + k * m + k;
	}

	/** R (K x M) or Q (K x K) of p, a new matrix; {@code null} for another name. */
	static DMatrixRMaj overlaps(String name, OrderParameters p) {
		return switch (name) {
			case CommitteeSetup.TEACHER_OVERLAPS -> DMatrixRMaj.wrap(p.k(), p.m(), p.r().clone());
			case CommitteeSetup.STUDENT_OVERLAPS -> DMatrixRMaj.wrap(p.k(), p.k(), p.q().clone());
			default -> null;
		};
	}
}
