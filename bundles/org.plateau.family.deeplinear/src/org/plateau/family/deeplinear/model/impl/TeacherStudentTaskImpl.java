/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.TeacherStudentTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Teacher Student Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.TeacherStudentTaskImpl#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.TeacherStudentTaskImpl#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.TeacherStudentTaskImpl#getWeightVariance <em>Weight Variance</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.TeacherStudentTaskImpl#getNoiseVariance <em>Noise Variance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeacherStudentTaskImpl extends TaskImpl implements TeacherStudentTask {
	/**
	 * The default value of the '{@link #getInputDim() <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDim()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_DIM_EDEFAULT = 400;

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
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 400;

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
	 * The default value of the '{@link #getWeightVariance() <em>Weight Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightVariance()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_VARIANCE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeightVariance() <em>Weight Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightVariance()
	 * @generated
	 * @ordered
	 */
	protected double weightVariance = WEIGHT_VARIANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoiseVariance() <em>Noise Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseVariance()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_VARIANCE_EDEFAULT = 0.25;

	/**
	 * The cached value of the '{@link #getNoiseVariance() <em>Noise Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseVariance()
	 * @generated
	 * @ordered
	 */
	protected double noiseVariance = NOISE_VARIANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeacherStudentTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeepLinearPackage.Literals.TEACHER_STUDENT_TASK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.TEACHER_STUDENT_TASK__INPUT_DIM, oldInputDim, inputDim));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.TEACHER_STUDENT_TASK__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightVariance() {
		return weightVariance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightVariance(double newWeightVariance) {
		double oldWeightVariance = weightVariance;
		weightVariance = newWeightVariance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.TEACHER_STUDENT_TASK__WEIGHT_VARIANCE, oldWeightVariance, weightVariance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoiseVariance() {
		return noiseVariance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoiseVariance(double newNoiseVariance) {
		double oldNoiseVariance = noiseVariance;
		noiseVariance = newNoiseVariance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.TEACHER_STUDENT_TASK__NOISE_VARIANCE, oldNoiseVariance, noiseVariance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeepLinearPackage.TEACHER_STUDENT_TASK__INPUT_DIM:
				return getInputDim();
			case DeepLinearPackage.TEACHER_STUDENT_TASK__SAMPLES:
				return getSamples();
			case DeepLinearPackage.TEACHER_STUDENT_TASK__WEIGHT_VARIANCE:
				return getWeightVariance();
			case DeepLinearPackage.TEACHER_STUDENT_TASK__NOISE_VARIANCE:
				return getNoiseVariance();
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
			case DeepLinearPackage.TEACHER_STUDENT_TASK__INPUT_DIM:
				setInputDim((Integer)newValue);
				return;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__SAMPLES:
				setSamples((Integer)newValue);
				return;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__WEIGHT_VARIANCE:
				setWeightVariance((Double)newValue);
				return;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__NOISE_VARIANCE:
				setNoiseVariance((Double)newValue);
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
			case DeepLinearPackage.TEACHER_STUDENT_TASK__INPUT_DIM:
				setInputDim(INPUT_DIM_EDEFAULT);
				return;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__SAMPLES:
				setSamples(SAMPLES_EDEFAULT);
				return;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__WEIGHT_VARIANCE:
				setWeightVariance(WEIGHT_VARIANCE_EDEFAULT);
				return;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__NOISE_VARIANCE:
				setNoiseVariance(NOISE_VARIANCE_EDEFAULT);
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
			case DeepLinearPackage.TEACHER_STUDENT_TASK__INPUT_DIM:
				return inputDim != INPUT_DIM_EDEFAULT;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__SAMPLES:
				return samples != SAMPLES_EDEFAULT;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__WEIGHT_VARIANCE:
				return weightVariance != WEIGHT_VARIANCE_EDEFAULT;
			case DeepLinearPackage.TEACHER_STUDENT_TASK__NOISE_VARIANCE:
				return noiseVariance != NOISE_VARIANCE_EDEFAULT;
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
		result.append(", samples: ");
		result.append(samples);
		result.append(", weightVariance: ");
		result.append(weightVariance);
		result.append(", noiseVariance: ");
		result.append(noiseVariance);
		result.append(')');
		return result.toString();
	}

} //TeacherStudentTaskImpl
