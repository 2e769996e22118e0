package org.plateau.family.committee.theory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.junit.jupiter.api.Test;
import org.plateau.core.testkit.Allocations;

/**
 * The order-parameter ODEs of spec 3(d): against the numpy reference /work/shared/bench/ref_scm.py, the plateau
 * trajectories of check 3-B, Euler against an adaptive Dormand-Prince integrator, and no allocation per step.
 */
class CommitteeOdesTest {

	private static final ActivationIntegrals ERF = ErfIntegrals.INSTANCE;

	/**
	 * rhs(Q, R, T, v, A, lr = 0.5, lr2 = 0.3, sigma = 0.1, both = True) of /work/shared/bench/ref_scm.py at
	 * {@link GeneralisationErrorTest#state()}, printed with repr() by python3 (numpy, OPENBLAS_NUM_THREADS=1).
	 */
	private static final double[] REFERENCE_DQ = { 0.01091249949907263, 0.02470861831232619, -0.12487737329742551,
			0.02470861831232619, -0.009404995718986883, 0.10874939651660362, -0.12487737329742551, 0.10874939651660362,
			-0.12917807875709725 };
	private static final double[] REFERENCE_DR = { 0.1269243043189677, 0.0675872292722678, -0.07643236825312497,
			-0.03904363579280892, 0.16653650874996445, 0.11827003467745768 };
	private static final double[] REFERENCE_DV = { -0.02359999456677767, 0.0297873066749765, -0.1123517140141475 };

	/** numpy.random.default_rng(0).uniform(0, 1e-3, (2, 2)), printed by python3: R0 of check 3-B. */
	private static final double[] R0_FIRST_DRAW = { 0.0006369616873214543, 0.0002697867137638703,
			4.097352393619469e-05, 1.6527635528529094e-05 };
	/**
	 * The next uniform(0, 1e-3, (2, 2)) of the same generator: the R0 that reproduces the spec's eta = 0.5 numbers
	 * (plateau 0.01467, escape t = 433); presumably the spec's script drew R0 for eta = 0.5 after the one for eta = 0.1
	 * (a guess from the numbers; releng/committee/plateau_trajectories.py prints both draws).
	 */
	private static final double[] R0_SECOND_DRAW = { 0.0008132702392002724, 0.0009127555772777217,
			0.0006066357757671799, 0.0007294965609839985 };

	@Test
	void theRatesAreThoseOfTheNumpyReference() {
		OrderParameters state = GeneralisationErrorTest.state();
		OrderParameters rates = new OrderParameters(3, 2);
		Arrays.fill(rates.t(), Double.NaN);
		Arrays.fill(rates.a(), Double.NaN);
		new CommitteeOdes(ERF, 3, 2, 0.5, 0.3, 0.1, 0, true).derivatives(state, rates);
		// the same sums in a different order (symmetric halves of I4 counted twice): rounding only
		assertArrayEquals(REFERENCE_DQ, rates.q(), 1e-10, "dQ");
		assertArrayEquals(REFERENCE_DR, rates.r(), 1e-10, "dR");
		assertArrayEquals(REFERENCE_DV, rates.v(), 1e-10, "dv");
		assertTrue(Double.isNaN(rates.t()[0]) && Double.isNaN(rates.a()[1]), "T and A of the rates are untouched");
	}

	@Test
	void weightDecayAndAFixedSecondLayerEnterAsTheSpecSays() {
		OrderParameters state = GeneralisationErrorTest.state();
		OrderParameters plain = new OrderParameters(3, 2);
		OrderParameters decayed = new OrderParameters(3, 2);
		new CommitteeOdes(ERF, 3, 2, 0.5, 0.3, 0.1, 0, false).derivatives(state, plain);
		new CommitteeOdes(ERF, 3, 2, 0.5, 0.3, 0.1, 0.05, false).derivatives(state, decayed);
		for (int i = 0; i < 9; i++) {
			assertEquals(plain.q()[i] - 2 * 0.05 * state.q()[i], decayed.q()[i], 1e-15, "-2 wd Q");
		}
		for (int i = 0; i < 6; i++) {
			assertEquals(plain.r()[i] - 0.05 * state.r()[i], decayed.r()[i], 1e-15, "-wd R");
		}
		assertArrayEquals(new double[3], plain.v(), 0, "v is fixed unless the second layer trains");
		assertArrayEquals(REFERENCE_DQ, plain.q(), 1e-10, "dQ does not depend on whether v trains");
	}

	/** Check 3-B at eta = 0.1 (spec: plateau 0.01215, escape below 1e-3 at t = 1699). */
	@Test
	void thePlateauAtEtaOneTenthIsTheSpecs() {
		Plateau plateau = Plateau.of(0.1, R0_FIRST_DRAW);
		// spec tolerances: 2% on the height, 5% on the escape time
		assertEquals(0.01215, plateau.height(), 0.02 * 0.01215, plateau.toString());
		assertEquals(1699, plateau.escapeTime(), 0.05 * 1699, plateau.toString());
		// the numpy reference, same Euler scheme and definitions (releng/committee/plateau_trajectories.py): 0.012148036726909615
		// at t = 737.05, escape at t = 1698.26; the same steps in a different summation order agree to rounding
		assertEquals(0.012148036726909615, plateau.height(), 1e-9, plateau.toString());
		assertEquals(737.05, plateau.time(), 0.015, plateau.toString());
		assertEquals(1698.26, plateau.escapeTime(), 0.015, plateau.toString());
	}

	/**
	 * Check 3-B at eta = 0.5 (spec: plateau 0.01467, escape at t = 433). The spec's numbers come from the second
	 * draw of default_rng(0): numpy with it gives 0.014672523803610454 at t = 214.39 and escape at t = 432.01.
	 */
	@Test
	void thePlateauAtEtaOneHalfIsTheSpecsFromItsInitialOverlaps() {
		Plateau plateau = Plateau.of(0.5, R0_SECOND_DRAW);
		assertEquals(0.01467, plateau.height(), 0.02 * 0.01467, plateau.toString());
		assertEquals(433, plateau.escapeTime(), 0.05 * 433, plateau.toString());
		assertEquals(0.014672523803610454, plateau.height(), 1e-9, plateau.toString());
		assertEquals(432.01, plateau.escapeTime(), 0.015, plateau.toString());
	}

	/**
	 * Check 3-B at eta = 0.5 from the first draw of default_rng(0), as 3-B is worded: the plateau is as high (spec
	 * 0.01467, 0.2% away) but shorter, escape at t = 345.18 (numpy, releng/committee/plateau_trajectories.py: plateau
	 * 0.014699581541542307 at t = 144.55), not the spec's 433, which comes from another R0 (the test above). The
	 * escape time depends on R0 through log(1/R0) asymmetries: 1/eta scaling from eta = 0.1 gives 1698/5 = 340.
	 */
	@Test
	void thePlateauAtEtaOneHalfFromTheFirstDrawIsTheNumpyReferences() {
		Plateau plateau = Plateau.of(0.5, R0_FIRST_DRAW);
		assertEquals(0.01467, plateau.height(), 0.02 * 0.01467, plateau.toString());
		assertEquals(0.014699581541542307, plateau.height(), 1e-9, plateau.toString());
		assertEquals(144.55, plateau.time(), 0.015, plateau.toString());
		assertEquals(345.18, plateau.escapeTime(), 0.015, plateau.toString());
	}

	/**
	 * Euler at dt = 0.01 against Dormand-Prince 5(4) at tolerance 1e-10 on asOde(), K = 3, M = 2, both layers,
	 * noise: eps_g at t = 50 (after the first drop, on the way down to the plateau) within 1e-4. Euler's error is
	 * O(dt): halving dt must halve its distance to the adaptive solution (ratio 2 within 10%), so the two integrate
	 * the same ODEs and the agreement is not luck.
	 */
	@Test
	void eulerConvergesToTheAdaptiveIntegratorsSolution() {
		OrderParameters start = OrderParameters.of(3, 2,
				new double[] { 0.5, 0.05, 0, 0.05, 0.4, 0.02, 0, 0.02, 0.3 },
				new double[] { 0.1, 0.02, 0.03, 0.08, 0.01, 0.05 },
				new double[] { 1, 0, 0, 1 },
				new double[] { 0.4, 0.3, 0.2 },
				new double[] { 1, 1 });
		CommitteeOdes odes = new CommitteeOdes(ERF, 3, 2, 0.2, 0.2, 0.01, 0, true);
		double time = 50;
		DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-8, 10, 1e-10, 1e-10);
		ODEStateAndDerivative end = integrator.integrate(odes.asOde(start),
				new ODEState(0, CommitteeOdes.pack(start, new double[odes.dimension()])), time);
		OrderParameters adaptive = start.copy();
		CommitteeOdes.unpack(end.getPrimaryState(), adaptive);
		double reference = GeneralisationError.of(ERF, adaptive);
		double coarse = GeneralisationError.of(ERF, euler(odes, start, 0.01, time)) - reference;
		double fine = GeneralisationError.of(ERF, euler(odes, start, 0.005, time)) - reference;
		String what = "eps_g(50) = " + reference + ", Euler errors " + coarse + " (dt = 0.01), " + fine + " (0.005)";
		assertTrue(Math.abs(coarse) < 1e-4 * reference, what);
		assertEquals(2, coarse / fine, 0.2, what);
		assertTrue(reference < 0.1 * GeneralisationError.of(ERF, start), "eps_g has moved: " + what);
	}

	@Test
	void anEulerStepAllocatesNothing() throws ReflectiveOperationException {
		OrderParameters state = GeneralisationErrorTest.state();
		CommitteeOdes odes = new CommitteeOdes(ERF, 3, 2, 0.5, 0.3, 0.1, 0.01, true);
		Runnable steps = () -> {
			for (int s = 0; s < 10_000; s++) {
				odes.eulerStep(state, 0.01);
			}
		};
		// the first probe loads the classes of the lambda and of the probe, and lets the JIT compile the step
		Allocations.allocatedBytes(steps);
		Allocations.allocatedBytes(steps);
		long allocated = Allocations.allocatedBytes(steps);
		assertTrue(allocated < 1024, allocated + " bytes allocated by 10 000 Euler steps");
		assertTrue(Double.isFinite(GeneralisationError.of(ERF, state)), state.toString());
	}

	private static OrderParameters euler(CommitteeOdes odes, OrderParameters start, double dt, double time) {
		OrderParameters state = start.copy();
		long steps = Math.round(time / dt);
		for (long s = 0; s < steps; s++) {
			odes.eulerStep(state, dt);
		}
		return state;
	}

	/**
	 * The plateau of check 3-B: K = M = 2, T = I, v = A = 1, Q0 = 0.2 I, sigma = 0, first layer only, Euler at
	 * dt = 0.01, as the numpy reference runs it. Escape: the first t &gt; 10 with eps_g &lt; 1e-3. Height: eps_g where
	 * |d log eps_g/dt| (central differences) is smallest for 20 &lt; t &lt; 0.8 x escape.
	 */
	private record Plateau(double height, double time, double escapeTime) {

		static Plateau of(double eta, double[] r0) {
			double dt = 0.01;
			OrderParameters state = OrderParameters.of(2, 2, new double[] { 0.2, 0, 0, 0.2 }, r0,
					new double[] { 1, 0, 0, 1 }, new double[] { 1, 1 }, new double[] { 1, 1 });
			CommitteeOdes odes = new CommitteeOdes(ERF, 2, 2, eta, eta, 0, 0, false);
			double[] logError = new double[1 << 16];
			int escape = -1;
			for (int s = 0; s * dt <= 4000; s++) {
				double error = GeneralisationError.of(ERF, state);
				if (s == logError.length) {
					logError = Arrays.copyOf(logError, 2 * s);
				}
				logError[s] = Math.log(error);
				if (s * dt > 10 && error < 1e-3) {
					escape = s;
					break;
				}
				odes.eulerStep(state, dt);
			}
			assertTrue(escape > 0, "no escape from the plateau by t = 4000 at eta = " + eta);
			int flattest = -1;
			double slowest = Double.POSITIVE_INFINITY;
			for (int s = 1; s < escape; s++) {
				double t = s * dt;
				double rate = Math.abs(logError[s + 1] - logError[s - 1]) / (2 * dt);
				if (t > 20 && t < 0.8 * escape * dt && rate < slowest) {
					slowest = rate;
					flattest = s;
				}
			}
			return new Plateau(Math.exp(logError[flattest]), flattest * dt, escape * dt);
		}
	}
}
