/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.RandomRegressionTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Random Regression Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl#getOutputDim <em>Output Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl#isWhitened <em>Whitened</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl#getTeacherScale <em>Teacher Scale</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl#getNoiseScale <em>Noise Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RandomRegressionTaskImpl extends TaskImpl implements RandomRegressionTask {
	/**
	 * The default value of the '{@link #getInputDim() <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDim()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_DIM_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getInputDim() <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDim()
	 * @generated
	 * @ordered
	 */
	protected int inputDim = INPUT_DIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputDim() <em>Output Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDim()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTPUT_DIM_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getOutputDim() <em>Output Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDim()
	 * @generated
	 * @ordered
	 */
	protected int outputDim = OUTPUT_DIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected int samples = SAMPLES_EDEFAULT;

	/**
	 * The default value of the '{@link #isWhitened() <em>Whitened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWhitened()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WHITENED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isWhitened() <em>Whitened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWhitened()
	 * @generated
	 * @ordered
	 */
	protected boolean whitened = WHITENED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTeacherScale() <em>Teacher Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherScale()
	 * @generated
	 * @ordered
	 */
	protected static final double TEACHER_SCALE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getTeacherScale() <em>Teacher Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherScale()
	 * @generated
	 * @ordered
	 */
	protected double teacherScale = TEACHER_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoiseScale() <em>Noise Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseScale()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_SCALE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNoiseScale() <em>Noise Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseScale()
	 * @generated
	 * @ordered
	 */
	protected double noiseScale = NOISE_SCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RandomRegressionTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputDim() {
		return inputDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputDim(int newInputDim) {
		int oldInputDim = inputDim;
		inputDim = newInputDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.RANDOM_REGRESSION_TASK__INPUT_DIM, oldInputDim, inputDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutputDim() {
		return outputDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputDim(int newOutputDim) {
		int oldOutputDim = outputDim;
		outputDim = newOutputDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.RANDOM_REGRESSION_TASK__OUTPUT_DIM, oldOutputDim, outputDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSamples() {
		return samples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamples(int newSamples) {
		int oldSamples = samples;
		samples = newSamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.RANDOM_REGRESSION_TASK__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWhitened() {
		return whitened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhitened(boolean newWhitened) {
		boolean oldWhitened = whitened;
		whitened = newWhitened;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.RANDOM_REGRESSION_TASK__WHITENED, oldWhitened, whitened));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTeacherScale() {
		return teacherScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherScale(double newTeacherScale) {
		double oldTeacherScale = teacherScale;
		teacherScale = newTeacherScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.RANDOM_REGRESSION_TASK__TEACHER_SCALE, oldTeacherScale, teacherScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoiseScale() {
		return noiseScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoiseScale(double newNoiseScale) {
		double oldNoiseScale = noiseScale;
		noiseScale = newNoiseScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.RANDOM_REGRESSION_TASK__NOISE_SCALE, oldNoiseScale, noiseScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__INPUT_DIM:
				return getInputDim();
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__OUTPUT_DIM:
				return getOutputDim();
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__SAMPLES:
				return getSamples();
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__WHITENED:
				return isWhitened();
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__TEACHER_SCALE:
				return getTeacherScale();
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__NOISE_SCALE:
				return getNoiseScale();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__INPUT_DIM:
				setInputDim((Integer)newValue);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__OUTPUT_DIM:
				setOutputDim((Integer)newValue);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__SAMPLES:
				setSamples((Integer)newValue);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__WHITENED:
				setWhitened((Boolean)newValue);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__TEACHER_SCALE:
				setTeacherScale((Double)newValue);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__NOISE_SCALE:
				setNoiseScale((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__INPUT_DIM:
				setInputDim(INPUT_DIM_EDEFAULT);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__OUTPUT_DIM:
				setOutputDim(OUTPUT_DIM_EDEFAULT);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__SAMPLES:
				setSamples(SAMPLES_EDEFAULT);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__WHITENED:
				setWhitened(WHITENED_EDEFAULT);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__TEACHER_SCALE:
				setTeacherScale(TEACHER_SCALE_EDEFAULT);
				return;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__NOISE_SCALE:
				setNoiseScale(NOISE_SCALE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__INPUT_DIM:
				return inputDim != INPUT_DIM_EDEFAULT;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__OUTPUT_DIM:
				return outputDim != OUTPUT_DIM_EDEFAULT;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__SAMPLES:
				return samples != SAMPLES_EDEFAULT;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__WHITENED:
				return whitened != WHITENED_EDEFAULT;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__TEACHER_SCALE:
				return teacherScale != TEACHER_SCALE_EDEFAULT;
			case DeepLinearPackage.RANDOM_REGRESSION_TASK__NOISE_SCALE:
				return noiseScale != NOISE_SCALE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (inputDim: ");
		result.append(inputDim);
		result.append(", outputDim: ");
		result.append(outputDim);
		result.append(", samples: ");
		result.append(samples);
		result.append(", whitened: ");
		result.append(whitened);
		result.append(", teacherScale: ");
		result.append(teacherScale);
		result.append(", noiseScale: ");
		result.append(noiseScale);
		result.append(')');
		return result.toString();
	}

} //RandomRegressionTaskImpl
