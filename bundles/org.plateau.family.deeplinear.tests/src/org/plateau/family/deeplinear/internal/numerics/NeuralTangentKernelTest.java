package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.plateau.core.testkit.Allocations;

/**
 * The NTK of the two-layer linear network (Dominé et al. 2024, spec 1.3(d)) against J J^T, the kernel distance's
 * properties, and the lazy/rich claim (C1.13's shape; its values are held back and only printed here).
 */
class NeuralTangentKernelTest {

	@Test
	void kernelIsTheJacobianGramMatrixInOutputMajorOrder() {
		int ni = 2;
		int nh = 3;
		int no = 2;
		int p = 3;
		Random random = new Random(12);
		LinearNetwork net = new LinearNetwork(RandomMatrices.gaussian(nh, ni, 1, random),
				RandomMatrices.gaussian(no, nh, 1, random));
		DMatrixRMaj x = RandomMatrices.gaussian(ni, p, 1, random);
		// J: row i P + mu = f_i(x_mu) = Yhat.data[i P + mu], one column per weight (W1 then W2, row-major), by central
		// differences; f is linear in each single weight, so they are exact up to rounding (~1e-11 at h = 1e-5)
		int weights = nh * ni + no * nh;
		DMatrixRMaj jacobian = new DMatrixRMaj(p * no, weights);
		double h = 1e-5;
		int column = 0;
		for (int layer = 1; layer <= 2; layer++) {
			DMatrixRMaj w = net.weight(layer);
			for (int k = 0; k < w.getNumElements(); k++, column++) {
				double saved = w.data[k];
				w.data[k] = saved + h;
				DMatrixRMaj plus = net.predict(x);
				w.data[k] = saved - h;
				DMatrixRMaj minus = net.predict(x);
				w.data[k] = saved;
				for (int row = 0; row < p * no; row++) {
					jacobian.set(row, column, (plus.data[row] - minus.data[row]) / (2 * h));
				}
			}
		}
		DMatrixRMaj jjt = new DMatrixRMaj(p * no, p * no);
		CommonOps_DDRM.multTransB(jacobian, jacobian, jjt);
		DMatrixRMaj kernel = NeuralTangentKernel.of(net.inputRepresentation(), net.outputRepresentation(), x,
				new DMatrixRMaj(1, 1));
		double error = LambdaBalancedDynamicsTest.distance(kernel, jjt);
		System.out.println("NTK formula vs finite-difference J J^T: ||difference||_F = " + error);
		// finite-difference rounding ~1e-11 per Jacobian entry, O(1) entries: 1e-9 on K (no 1/P factor on either side)
		assertTrue(error < 1e-9, "K vs J J^T: " + error);
		// the Kronecker form of the spec, built with EJML's kron: same index order
		DMatrixRMaj xtx = new DMatrixRMaj(p, p);
		CommonOps_DDRM.multTransA(x, x, xtx);
		DMatrixRMaj mx = new DMatrixRMaj(ni, p);
		CommonOps_DDRM.mult(net.inputRepresentation(), x, mx);
		DMatrixRMaj xtmx = new DMatrixRMaj(p, p);
		CommonOps_DDRM.multTransA(x, mx, xtmx);
		DMatrixRMaj kron = CommonOps_DDRM.kron(CommonOps_DDRM.identity(no), xtmx, null);
		CommonOps_DDRM.addEquals(kron, CommonOps_DDRM.kron(net.outputRepresentation(), xtx, null));
		assertTrue(LambdaBalancedDynamicsTest.distance(kernel, kron) < 1e-12);
	}

	@Test
	void kernelDistanceIsZeroForEqualOrScaledKernelsAndWithinTheUnitIntervalForPsdKernels() {
		Random random = new Random(4);
		DMatrixRMaj x = RandomMatrices.gaussian(3, 5, 1, random);
		DMatrixRMaj[] kernels = new DMatrixRMaj[6];
		for (int k = 0; k < kernels.length; k++) {
			LinearNetwork net = new LinearNetwork(RandomMatrices.gaussian(4, 3, 1, random),
					RandomMatrices.gaussian(2, 4, 1, random));
			kernels[k] = NeuralTangentKernel.of(net.inputRepresentation(), net.outputRepresentation(), x, new DMatrixRMaj(10, 10));
		}
		for (DMatrixRMaj k1 : kernels) {
			// rounding of a normalised inner product: a few ulps of 1
			assertEquals(0, NeuralTangentKernel.kernelDistance(k1, k1), 1e-15);
			DMatrixRMaj scaled = k1.copy();
			CommonOps_DDRM.scale(37.5, scaled);
			assertEquals(0, NeuralTangentKernel.kernelDistance(k1, scaled), 1e-15);
			for (DMatrixRMaj k2 : kernels) {
				double d = NeuralTangentKernel.kernelDistance(k1, k2);
				assertTrue(d >= -1e-15 && d <= 1, "distance " + d);
				assertEquals(d, NeuralTangentKernel.kernelDistance(k2, k1), 1e-15, "symmetric");
				DMatrixRMaj k2Scaled = k2.copy();
				CommonOps_DDRM.scale(1e-3, k2Scaled);
				assertEquals(d, NeuralTangentKernel.kernelDistance(k1, k2Scaled), 1e-14, "scale invariant");
			}
		}
		assertTrue(NeuralTangentKernel.kernelDistance(kernels[0], kernels[1]) > 1e-3, "different kernels are apart");
	}

	@Test
	void kernelIntoAPreallocatedMatrixAllocatesNothing() throws ReflectiveOperationException {
		Dataset task = LambdaBalancedDynamicsTest.c111Task(LambdaBalancedDynamicsTest.TASK_SEED);
		LinearNetwork net = LambdaBalanced.random(4, 4, 4, 0.05, 1, new Random(1));
		DMatrixRMaj in = net.inputRepresentation();
		DMatrixRMaj outRep = net.outputRepresentation();
		DMatrixRMaj x = task.inputs();
		DMatrixRMaj out = new DMatrixRMaj(200, 200);
		for (int k = 0; k < 200; k++) {
			NeuralTangentKernel.of(in, outRep, x, out); // JIT warm-up
		}
		Runnable kernels = () -> {
			for (int k = 0; k < 20; k++) {
				assertSame(out, NeuralTangentKernel.of(in, outRep, x, out));
			}
		};
		Allocations.allocatedBytes(kernels); // the first probe loads the classes of the lambda and of the probe
		long allocated = Allocations.allocatedBytes(kernels);
		// one 200 x 200 matrix would be 320 kB; 1 kB leaves room for the probe itself
		assertTrue(allocated < 1024, "allocated " + allocated + " bytes");
	}

	@Test
	void C1_13_kernelMovesLessAsLambdaGrowsAndSymmetricallyInItsSign() {
		Dataset task = LambdaBalancedDynamicsTest.c111Task(LambdaBalancedDynamicsTest.TASK_SEED);
		DMatrixRMaj sigmaYX = task.sigmaYX(LossConvention.MEAN);
		DMatrixRMaj x = task.inputs();
		double[] magnitudes = { 0, 1, 3, 10, 100 };
		double previous = Double.POSITIVE_INFINITY;
		StringBuilder printed = new StringBuilder("C1.13-style kernel distance S(0, 40 tau) (this task and seed):");
		for (double magnitude : magnitudes) {
			double plus = kernelMovement(sigmaYX, x, magnitude);
			double minus = kernelMovement(sigmaYX, x, -magnitude);
			printed.append(String.format(" lambda=+-%.0f: %.6e / %.6e;", magnitude, plus, minus));
			// Ni = No = Nh, isotropic init (A1, A2 multiples of I): K(0) depends on lambda only through a1^2 <-> a2^2 and K(40)
			// has converged (slowest rate >= 2 s_min), so S is even in lambda up to the unconverged remainder (< 1e-12)
			assertEquals(plus, minus, 1e-6, "symmetric in lambda at |lambda| = " + magnitude);
			assertTrue(plus < previous, "decreasing with |lambda| at " + magnitude + ": " + plus + " after " + previous);
			assertTrue(plus >= 0 && plus <= 1);
			previous = plus;
		}
		System.out.println(printed);
	}

	/** S(K(0), K(40 tau)) from the exact solution, init product singular values 1e-3 (spec C1.13). */
	private static double kernelMovement(DMatrixRMaj sigmaYX, DMatrixRMaj x, double lambda) {
		LinearNetwork net = LambdaBalanced.random(4, 4, 4, 1e-3, lambda,
				new Random(LambdaBalancedDynamicsTest.INIT_SEED));
		LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX, net, lambda);
		assertTrue(theory.usesStableForm());
		DMatrixRMaj k0 = NeuralTangentKernel.of(theory.inputRepresentation(0), theory.outputRepresentation(0), x,
				new DMatrixRMaj(1, 1));
		DMatrixRMaj k40 = NeuralTangentKernel.of(theory.inputRepresentation(40), theory.outputRepresentation(40), x,
				new DMatrixRMaj(1, 1));
		return NeuralTangentKernel.kernelDistance(k0, k40);
	}
}
