/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.committee.model.CommitteeActivation;
import org.plateau.family.committee.model.CommitteePackage;
import org.plateau.family.committee.model.TeacherTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Teacher Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.committee.model.impl.TeacherTaskImpl#getInputDimension <em>Input Dimension</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.TeacherTaskImpl#getTeacherUnits <em>Teacher Units</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.TeacherTaskImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.TeacherTaskImpl#getTeacherSecondLayer <em>Teacher Second Layer</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.TeacherTaskImpl#getNoise <em>Noise</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeacherTaskImpl extends TaskImpl implements TeacherTask {
	/**
	 * The default value of the '{@link #getInputDimension() <em>Input Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDimension()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_DIMENSION_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getInputDimension() <em>Input Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDimension()
	 * @generated
	 * @ordered
	 */
	protected int inputDimension = INPUT_DIMENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTeacherUnits() <em>Teacher Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int TEACHER_UNITS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getTeacherUnits() <em>Teacher Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherUnits()
	 * @generated
	 * @ordered
	 */
	protected int teacherUnits = TEACHER_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected static final CommitteeActivation ACTIVATION_EDEFAULT = CommitteeActivation.ERF;

	/**
	 * The cached value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected CommitteeActivation activation = ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTeacherSecondLayer() <em>Teacher Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherSecondLayer()
	 * @generated
	 * @ordered
	 */
	protected static final double TEACHER_SECOND_LAYER_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getTeacherSecondLayer() <em>Teacher Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherSecondLayer()
	 * @generated
	 * @ordered
	 */
	protected double teacherSecondLayer = TEACHER_SECOND_LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoise() <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNoise() <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected double noise = NOISE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeacherTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommitteePackage.Literals.TEACHER_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputDimension() {
		return inputDimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputDimension(int newInputDimension) {
		int oldInputDimension = inputDimension;
		inputDimension = newInputDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.TEACHER_TASK__INPUT_DIMENSION, oldInputDimension, inputDimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTeacherUnits() {
		return teacherUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherUnits(int newTeacherUnits) {
		int oldTeacherUnits = teacherUnits;
		teacherUnits = newTeacherUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.TEACHER_TASK__TEACHER_UNITS, oldTeacherUnits, teacherUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitteeActivation getActivation() {
		return activation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivation(CommitteeActivation newActivation) {
		CommitteeActivation oldActivation = activation;
		activation = newActivation == null ? ACTIVATION_EDEFAULT : newActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.TEACHER_TASK__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTeacherSecondLayer() {
		return teacherSecondLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherSecondLayer(double newTeacherSecondLayer) {
		double oldTeacherSecondLayer = teacherSecondLayer;
		teacherSecondLayer = newTeacherSecondLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.TEACHER_TASK__TEACHER_SECOND_LAYER, oldTeacherSecondLayer, teacherSecondLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoise() {
		return noise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoise(double newNoise) {
		double oldNoise = noise;
		noise = newNoise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.TEACHER_TASK__NOISE, oldNoise, noise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CommitteePackage.TEACHER_TASK__INPUT_DIMENSION:
				return getInputDimension();
			case CommitteePackage.TEACHER_TASK__TEACHER_UNITS:
				return getTeacherUnits();
			case CommitteePackage.TEACHER_TASK__ACTIVATION:
				return getActivation();
			case CommitteePackage.TEACHER_TASK__TEACHER_SECOND_LAYER:
				return getTeacherSecondLayer();
			case CommitteePackage.TEACHER_TASK__NOISE:
				return getNoise();
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
			case CommitteePackage.TEACHER_TASK__INPUT_DIMENSION:
				setInputDimension((Integer)newValue);
				return;
			case CommitteePackage.TEACHER_TASK__TEACHER_UNITS:
				setTeacherUnits((Integer)newValue);
				return;
			case CommitteePackage.TEACHER_TASK__ACTIVATION:
				setActivation((CommitteeActivation)newValue);
				return;
			case CommitteePackage.TEACHER_TASK__TEACHER_SECOND_LAYER:
				setTeacherSecondLayer((Double)newValue);
				return;
			case CommitteePackage.TEACHER_TASK__NOISE:
				setNoise((Double)newValue);
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
			case CommitteePackage.TEACHER_TASK__INPUT_DIMENSION:
				setInputDimension(INPUT_DIMENSION_EDEFAULT);
				return;
			case CommitteePackage.TEACHER_TASK__TEACHER_UNITS:
				setTeacherUnits(TEACHER_UNITS_EDEFAULT);
				return;
			case CommitteePackage.TEACHER_TASK__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case CommitteePackage.TEACHER_TASK__TEACHER_SECOND_LAYER:
				setTeacherSecondLayer(TEACHER_SECOND_LAYER_EDEFAULT);
				return;
			case CommitteePackage.TEACHER_TASK__NOISE:
				setNoise(NOISE_EDEFAULT);
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
			case CommitteePackage.TEACHER_TASK__INPUT_DIMENSION:
				return inputDimension != INPUT_DIMENSION_EDEFAULT;
			case CommitteePackage.TEACHER_TASK__TEACHER_UNITS:
				return teacherUnits != TEACHER_UNITS_EDEFAULT;
			case CommitteePackage.TEACHER_TASK__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case CommitteePackage.TEACHER_TASK__TEACHER_SECOND_LAYER:
				return teacherSecondLayer != TEACHER_SECOND_LAYER_EDEFAULT;
			case CommitteePackage.TEACHER_TASK__NOISE:
				return noise != NOISE_EDEFAULT;
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
		result.append(" (inputDimension: ");
		result.append(inputDimension);
		result.append(", teacherUnits: ");
		result.append(teacherUnits);
		result.append(", activation: ");
		result.append(activation);
		result.append(", teacherSecondLayer: ");
		result.append(teacherSecondLayer);
		result.append(", noise: ");
		result.append(noise);
		result.append(')');
		return result.toString();
	}

} //TeacherTaskImpl
