/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.rnn.model.RnnPackage;
import org.plateau.family.rnn.model.TwoPointTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Two Point Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.impl.TwoPointTaskImpl#getInputDistance <em>Input Distance</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.TwoPointTaskImpl#getOutputDistance <em>Output Distance</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.TwoPointTaskImpl#getInputDimension <em>Input Dimension</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.TwoPointTaskImpl#getOutputDimension <em>Output Dimension</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TwoPointTaskImpl extends TaskImpl implements TwoPointTask {
	/**
	 * The default value of the '{@link #getInputDistance() <em>Input Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDistance()
	 * @generated
	 * @ordered
	 */
	protected static final double INPUT_DISTANCE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getInputDistance() <em>Input Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDistance()
	 * @generated
	 * @ordered
	 */
	protected double inputDistance = INPUT_DISTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputDistance() <em>Output Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDistance()
	 * @generated
	 * @ordered
	 */
	protected static final double OUTPUT_DISTANCE_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getOutputDistance() <em>Output Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDistance()
	 * @generated
	 * @ordered
	 */
	protected double outputDistance = OUTPUT_DISTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputDimension() <em>Input Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDimension()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_DIMENSION_EDEFAULT = 1;

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
	 * The default value of the '{@link #getOutputDimension() <em>Output Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDimension()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTPUT_DIMENSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getOutputDimension() <em>Output Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDimension()
	 * @generated
	 * @ordered
	 */
	protected int outputDimension = OUTPUT_DIMENSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TwoPointTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RnnPackage.Literals.TWO_POINT_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInputDistance() {
		return inputDistance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputDistance(double newInputDistance) {
		double oldInputDistance = inputDistance;
		inputDistance = newInputDistance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.TWO_POINT_TASK__INPUT_DISTANCE, oldInputDistance, inputDistance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOutputDistance() {
		return outputDistance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputDistance(double newOutputDistance) {
		double oldOutputDistance = outputDistance;
		outputDistance = newOutputDistance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.TWO_POINT_TASK__OUTPUT_DISTANCE, oldOutputDistance, outputDistance));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.TWO_POINT_TASK__INPUT_DIMENSION, oldInputDimension, inputDimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutputDimension() {
		return outputDimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputDimension(int newOutputDimension) {
		int oldOutputDimension = outputDimension;
		outputDimension = newOutputDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.TWO_POINT_TASK__OUTPUT_DIMENSION, oldOutputDimension, outputDimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RnnPackage.TWO_POINT_TASK__INPUT_DISTANCE:
				return getInputDistance();
			case RnnPackage.TWO_POINT_TASK__OUTPUT_DISTANCE:
				return getOutputDistance();
			case RnnPackage.TWO_POINT_TASK__INPUT_DIMENSION:
				return getInputDimension();
			case RnnPackage.TWO_POINT_TASK__OUTPUT_DIMENSION:
				return getOutputDimension();
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
			case RnnPackage.TWO_POINT_TASK__INPUT_DISTANCE:
				setInputDistance((Double)newValue);
				return;
			case RnnPackage.TWO_POINT_TASK__OUTPUT_DISTANCE:
				setOutputDistance((Double)newValue);
				return;
			case RnnPackage.TWO_POINT_TASK__INPUT_DIMENSION:
				setInputDimension((Integer)newValue);
				return;
			case RnnPackage.TWO_POINT_TASK__OUTPUT_DIMENSION:
				setOutputDimension((Integer)newValue);
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
			case RnnPackage.TWO_POINT_TASK__INPUT_DISTANCE:
				setInputDistance(INPUT_DISTANCE_EDEFAULT);
				return;
			case RnnPackage.TWO_POINT_TASK__OUTPUT_DISTANCE:
				setOutputDistance(OUTPUT_DISTANCE_EDEFAULT);
				return;
			case RnnPackage.TWO_POINT_TASK__INPUT_DIMENSION:
				setInputDimension(INPUT_DIMENSION_EDEFAULT);
				return;
			case RnnPackage.TWO_POINT_TASK__OUTPUT_DIMENSION:
				setOutputDimension(OUTPUT_DIMENSION_EDEFAULT);
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
			case RnnPackage.TWO_POINT_TASK__INPUT_DISTANCE:
				return inputDistance != INPUT_DISTANCE_EDEFAULT;
			case RnnPackage.TWO_POINT_TASK__OUTPUT_DISTANCE:
				return outputDistance != OUTPUT_DISTANCE_EDEFAULT;
			case RnnPackage.TWO_POINT_TASK__INPUT_DIMENSION:
				return inputDimension != INPUT_DIMENSION_EDEFAULT;
			case RnnPackage.TWO_POINT_TASK__OUTPUT_DIMENSION:
				return outputDimension != OUTPUT_DIMENSION_EDEFAULT;
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
		result.append(" (inputDistance: ");
		result.append(inputDistance);
		result.append(", outputDistance: ");
		result.append(outputDistance);
		result.append(", inputDimension: ");
		result.append(inputDimension);
		result.append(", outputDimension: ");
		result.append(outputDimension);
		result.append(')');
		return result.toString();
	}

} //TwoPointTaskImpl
