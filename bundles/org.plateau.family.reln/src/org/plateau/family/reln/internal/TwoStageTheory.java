package org.plateau.family.reln.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.TheoryParameter;
import org.plateau.core.family.TheoryPrediction;

/**
 * The paper's two-stage closed form (Jarvis et al. 2025, code {@code closed.py}, {@code diff_context_num/closed3-5.py};
 * spec 3(d)), an approximation, drawn by the paper over the ReLU network's and the ReLN's loss.
 * <ol>
 * <li>The common module on X = [objects; context x scale]: its modes follow the non-whitened sigmoid
 * a(t) = (s/d) / (1 - (1 - s/(d a0)) e^{-2 s t/tau}), tau = 1/(P eta), with s the singular values of
 * Sigma_yx = Y X^T / P and d those of Sigma_x = X X^T / P <em>paired by rank</em>: the two do not share right
 * singular vectors (the context one-hot overlaps the objects), so this is a fit, not the exact dynamics.</li>
 * <li>One module per set of C - 1 contexts (d {1,2}, e {2,3}, f {1,3} for C = 3) learns, on the objects, the residual
 * Y - Yhat_common(T) the common module leaves at the run's last step T, with Sigma_x / (C - 1) (C - 1 modules
 * cover each context), from the same t = 0. Modules do not interact.</li>
 * </ol>
 * The initial strengths a0 are the paper's hand-fitted ones ({@link #PAPER_FITS}), the same for the ReLU network and
 * the ReLN; the single-context modules are not modelled.
 */
final class TwoStageTheory implements TheoryPrediction {

	static final String ID = "two-stage-fit";
	static final String LABEL = "two-stage closed form (approximate fit, Jarvis et al. 2025)";

	/** The initial strengths a0 of the common module and of the C - 1-context modules, fitted by the paper. */
	record Fit(double common, double modules) {
	}

	/** closed.py / closed3.py (C = 3), closed4.py, closed5.py. */
	static final Map<Integer, Fit> PAPER_FITS = Map.of(3, new Fit(5e-9, 5e-5), 4, new Fit(1e-8, 1e-4), 5,
			new Fit(1e-9, 3e-4));

	/** A singular value below this fraction of the largest is a zero of the correlation, left out. */
	private static final double ZERO = 1e-12;

	/** One mode: its correlation s, its input variance d, its a0, and its contribution u (v^T X) to the output. */
	private record Mode(int module, double s, double d, double a0, double[] map) {
		double strength(double t, double tau) {
			// spec 3(d), closed.py pred_svds
			return (s / d) / (1 - (1 - s / (d * a0)) * Math.exp(-2 * s * t / tau));
		}
	}

	private final ContextualData data;
	private final double tau;
	private final List<Mode> modes = new ArrayList<>();
	/** The modules of C - 1 contexts, by the id the ReLN's metrics use (sv.12 ...), after the common module (0). */
	private final List<String> moduleIds = new ArrayList<>();
	private final List<String> metricIds;
	private final boolean reln;
	private final String description;

	/**
	 * @param data the contextual task (its context scale is in X)
	 * @param learningRate eta, tau = 1/(P eta)
	 * @param steps the run's last step T, where the common module's residual is taken
	 * @param reln whether to predict the ReLN's common loss and module singular values besides the loss
	 */
	TwoStageTheory(ContextualData data, double learningRate, long steps, boolean reln) throws ExperimentException {
		this.data = data;
		this.reln = reln;
		Fit fit = PAPER_FITS.get(data.contexts);
		if (fit == null) {
			throw new ExperimentException("the two-stage approximation (Jarvis et al. 2025, closed.py) has initial "
					+ "strengths fitted by the paper for contexts = 3, 4, 5 only; the task has contexts = " + data.contexts);
		}
		int p = data.samples;
		tau = 1 / (p * learningRate);
		DMatrixRMaj y = data.targets;
		DMatrixRMaj x = data.inputs;

		// stage 1: the common module, s and d paired by rank
		DMatrixRMaj sigmaYx = covariance(y, x, p);
		double[] d = descendingSpectrum(covariance(x, x, p));
		DMatrixRMaj whole = new DMatrixRMaj(y.numRows, p);
		addModes(0, sigmaYx, d, fit.common(), x, allColumns(p), p);
		for (Mode mode : modes) {
			addInto(whole, mode, mode.strength(steps, tau));
		}
		moduleIds.add("common");

		// stage 2: one module per set of C - 1 contexts on the residual, Sigma_x / (C - 1)
		DMatrixRMaj residual = new DMatrixRMaj(y.numRows, p);
		CommonOps_DDRM.subtract(y, whole, residual);
		for (int left = data.contexts; left >= 1; left--) {
			List<Integer> contexts = new ArrayList<>();
			for (int c = 1; c <= data.contexts; c++) {
				if (c != left) {
					contexts.add(c);
				}
			}
			int[] columns = new int[ContextualData.OBJECTS * (data.contexts - 1)];
			int k = 0;
			for (int mu = 0; mu < p; mu++) {
				if (data.context(mu) + 1 != left) {
					columns[k++] = mu;
				}
			}
			DMatrixRMaj xm = columnsOf(data.objects, columns);
			DMatrixRMaj rm = columnsOf(residual, columns);
			DMatrixRMaj sigmaYxM = covariance(rm, xm, p);
			double[] dm = descendingSpectrum(covariance(xm, xm, p));
			for (int i = 0; i < dm.length; i++) {
				dm[i] /= data.contexts - 1;
			}
			moduleIds.add(contexts.stream().map(String::valueOf).reduce("", String::concat));
			addModes(moduleIds.size() - 1, sigmaYxM, dm, fit.modules(), xm, columns, p);
		}
		// the modules in the order the ReLN lists them (d {1,2}, e {2,3}, f {1,3} for C = 3)
		List<String> ids = new ArrayList<>(List.of(RelnSetup.LOSS));
		if (reln) {
			ids.add(RelnSetup.COMMON_LOSS);
			for (RelnTrainer.Module module : RelnTrainer.contextModules(data.contexts)) {
				if (module.contexts().size() == data.contexts - 1) {
					ids.add("sv." + module.id());
				}
			}
			ids.add(2, "sv.common");
		}
		metricIds = List.copyOf(ids);
		description = String.format(Locale.ROOT, "approximate: two-stage fit of Jarvis et al. 2025 (closed.py): the common "
				+ "module's modes follow tau da/dt = 2a(s - d a) with the singular values s of Sigma_yx and d of Sigma_x "
				+ "paired by rank (they do not share right singular vectors), to the value at step %d; then %d modules of "
				+ "%d contexts each learn the residual on the objects with Sigma_x/%d, independently; initial strengths "
				+ "fitted by the paper for C = %d: a0 = %.0e (common), %.0e (modules); the single-context modules%s are not "
				+ "modelled", steps, data.contexts, data.contexts - 1, data.contexts - 1, data.contexts, fit.common(),
				fit.modules(), reln ? "" : " and the ReLU network's nonlinearity");
	}

	private void addModes(int module, DMatrixRMaj sigmaYx, double[] d, double a0, DMatrixRMaj x, int[] columns, int p) {
		SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(sigmaYx.numRows, sigmaYx.numCols,
				true, true, true);
		if (!svd.decompose(sigmaYx.copy())) {
			throw new IllegalStateException("SVD of Sigma_yx failed");
		}
		DMatrixRMaj u = svd.getU(null, false);
		DMatrixRMaj w = svd.getW(null);
		DMatrixRMaj v = svd.getV(null, false);
		SingularOps_DDRM.descendingOrder(u, false, w, v, false);
		int n = Math.min(w.numRows, w.numCols);
		double largest = w.get(0, 0);
		for (int i = 0; i < Math.min(n, d.length); i++) {
			double s = w.get(i, i);
			if (s <= ZERO * largest) {
				// a zero of the correlation: its direction is arbitrary (the scripts keep it at a0; it adds at most a0)
				continue;
			}
			double[] map = new double[sigmaYx.numRows * p];
			// u_i (v_i^T X), placed in the module's columns
			for (int j = 0; j < columns.length; j++) {
				double vx = 0;
				for (int r = 0; r < x.numRows; r++) {
					vx += v.get(r, i) * x.get(r, j);
				}
				for (int o = 0; o < sigmaYx.numRows; o++) {
					map[o * p + columns[j]] = u.get(o, i) * vx;
				}
			}
			modes.add(new Mode(module, s, d[i], a0, map));
		}
	}

	/** A B^T / P: Sigma_yx = Y X^T / P, Sigma_x = X X^T / P. */
	private static DMatrixRMaj covariance(DMatrixRMaj a, DMatrixRMaj b, int p) {
		DMatrixRMaj sigma = new DMatrixRMaj(a.numRows, b.numRows);
		CommonOps_DDRM.multTransB(1.0 / p, a, b, sigma);
		return sigma;
	}

	/** The singular values of a covariance, largest first (closed.py pairs them with Sigma_yx's by rank). */
	private static double[] descendingSpectrum(DMatrixRMaj sigma) {
		double[] d = SingularOps_DDRM.singularValues(sigma);
		java.util.Arrays.sort(d);
		reverse(d);
		return d;
	}

	private static void addInto(DMatrixRMaj into, Mode mode, double a) {
		for (int i = 0; i < into.data.length; i++) {
			into.data[i] += a * mode.map()[i];
		}
	}

	private static int[] allColumns(int p) {
		int[] all = new int[p];
		for (int mu = 0; mu < p; mu++) {
			all[mu] = mu;
		}
		return all;
	}

	private static DMatrixRMaj columnsOf(DMatrixRMaj m, int[] columns) {
		DMatrixRMaj out = new DMatrixRMaj(m.numRows, columns.length);
		for (int r = 0; r < m.numRows; r++) {
			for (int j = 0; j < columns.length; j++) {
				out.set(r, j, m.get(r, columns[j]));
			}
		}
		return out;
	}

	private static void reverse(double[] values) {
		for (int i = 0, j = values.length - 1; i < j; i++, j--) {
			double t = values[i];
			values[i] = values[j];
			values[j] = t;
		}
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return LABEL;
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public List<String> metricIds() {
		return metricIds;
	}

	@Override
	public List<TheoryParameter> parameters() {
		return List.of(TheoryParameter.learningRate(), new TheoryParameter("task.contextScale", "context scale", 0.1, 10, true));
	}

	@Override
	public double[][] predict(long[] steps) {
		double[][] values = new double[metricIds.size()][steps.length];
		int outputs = data.targets.numRows;
		DMatrixRMaj common = new DMatrixRMaj(outputs, data.samples);
		DMatrixRMaj whole = new DMatrixRMaj(outputs, data.samples);
		double[] top = new double[moduleIds.size()];
		for (int i = 0; i < steps.length; i++) {
			common.zero();
			java.util.Arrays.fill(top, 0);
			for (Mode mode : modes) {
				double a = mode.strength(steps[i], tau);
				if (mode.module() == 0) {
					addInto(common, mode, a);
				}
				top[mode.module()] = Math.max(top[mode.module()], a);
			}
			whole.setTo(common);
			for (Mode mode : modes) {
				if (mode.module() > 0) {
					addInto(whole, mode, mode.strength(steps[i], tau));
				}
			}
			int k = 0;
			values[k++][i] = halfSquaredError(whole);
			if (reln) {
				values[k++][i] = halfSquaredError(common);
				for (int j = 2; j < metricIds.size(); j++) {
					String id = metricIds.get(j).substring("sv.".length());
					values[j][i] = top[moduleIds.indexOf(id)];
				}
			}
		}
		return values;
	}

	/** 1/2 ||Y - Yhat||^2, the SUM loss of the paper. */
	private double halfSquaredError(DMatrixRMaj prediction) {
		double sum = 0;
		double[] y = data.targets.data;
		for (int i = 0; i < y.length; i++) {
			double e = prediction.data[i] - y[i];
			sum += e * e;
		}
		return 0.5 * sum;
	}
}
