package org.plateau.family.deeplinear.internal.numerics;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One draw of the linear teacher-student task of Advani & Saxe (2017, spec 1.4(b)): P examples x_mu with i.i.d.
 * N(0, 1/N) entries (the columns of X, N x P), a teacher w_bar with i.i.d. N(0, sigma_w^2) entries and labels
 * y_mu = w_bar . x_mu + eps_mu with eps ~ N(0, sigma_eps^2). For a new input x ~ N(0, I/N) the student w errs by
 * E_g = ||w - w_bar||^2 / N + sigma_eps^2 on average.
 *
 * @param dataset X and Y = w_bar^T X + eps (one output)
 * @param teacher w_bar as a 1 x N matrix (a network map)
 * @param noiseVariance sigma_eps^2
 */
public record TeacherStudentData(Dataset dataset, DMatrixRMaj teacher, double noiseVariance) {

	/** Draws the task from {@code new Random(seed)}: first the teacher, then X, then the noise. */
	public static TeacherStudentData draw(int n, int p, double weightVariance, double noiseVariance, long seed) {
		if (n < 1 || p < 1) {
			throw new IllegalArgumentException("teacher-student task: N and P must be positive, were " + n + ", " + p);
		}
		Random random = new Random(seed);
		DMatrixRMaj teacher = RandomMatrices.gaussian(1, n, Math.sqrt(weightVariance), random);
		DMatrixRMaj x = RandomMatrices.gaussian(n, p, 1 / Math.sqrt(n), random);
		DMatrixRMaj y = new DMatrixRMaj(1, p);
		CommonOps_DDRM.mult(teacher, x, y);
		double noise = Math.sqrt(noiseVariance);
		for (int mu = 0; mu < p; mu++) {
			y.data[mu] += noise * random.nextGaussian();
		}
		String[] examples = new String[p];
		for (int mu = 0; mu < p; mu++) {
			examples[mu] = "example " + (mu + 1);
		}
		return new TeacherStudentData(new Dataset("teacher-student", x, y, examples, new String[] { "y" }), teacher,
				noiseVariance);
	}

	/** The generalization error of a student map w (1 x N): ||w - w_bar||^2 / N + sigma_eps^2 (spec 1.4(d)). */
	public double generalizationError(DMatrixRMaj student) {
		double sum = 0;
		for (int i = 0; i < teacher.numCols; i++) {
			double d = student.data[i] - teacher.data[i];
			sum += d * d;
		}
		return sum / teacher.numCols + noiseVariance;
	}
}
