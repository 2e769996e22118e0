/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.SpectrumTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spectrum Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.SpectrumTaskImpl#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.SpectrumTaskImpl#getOutputDim <em>Output Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.SpectrumTaskImpl#getSingularValues <em>Singular Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpectrumTaskImpl extends TaskImpl implements SpectrumTask {
	/**
	 * The default value of the '{@link #getInputDim() <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDim()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_DIM_EDEFAULT = 5;

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
	protected static final int OUTPUT_DIM_EDEFAULT = 5;

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
	 * The cached value of the '{@link #getSingularValues() <em>Singular Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingularValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> singularValues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpectrumTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeepLinearPackage.Literals.SPECTRUM_TASK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.SPECTRUM_TASK__INPUT_DIM, oldInputDim, inputDim));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.SPECTRUM_TASK__OUTPUT_DIM, oldOutputDim, outputDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSingularValues() {
		if (singularValues == null) {
			singularValues = new EDataTypeUniqueEList<Double>(Double.class, this, DeepLinearPackage.SPECTRUM_TASK__SINGULAR_VALUES);
		}
		return singularValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeepLinearPackage.SPECTRUM_TASK__INPUT_DIM:
				return getInputDim();
			case DeepLinearPackage.SPECTRUM_TASK__OUTPUT_DIM:
				return getOutputDim();
			case DeepLinearPackage.SPECTRUM_TASK__SINGULAR_VALUES:
				return getSingularValues();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DeepLinearPackage.SPECTRUM_TASK__INPUT_DIM:
				setInputDim((Integer)newValue);
				return;
			case DeepLinearPackage.SPECTRUM_TASK__OUTPUT_DIM:
				setOutputDim((Integer)newValue);
				return;
			case DeepLinearPackage.SPECTRUM_TASK__SINGULAR_VALUES:
				getSingularValues().clear();
				getSingularValues().addAll((Collection<? extends Double>)newValue);
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
			case DeepLinearPackage.SPECTRUM_TASK__INPUT_DIM:
				setInputDim(INPUT_DIM_EDEFAULT);
				return;
			case DeepLinearPackage.SPECTRUM_TASK__OUTPUT_DIM:
				setOutputDim(OUTPUT_DIM_EDEFAULT);
				return;
			case DeepLinearPackage.SPECTRUM_TASK__SINGULAR_VALUES:
				getSingularValues().clear();
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
			case DeepLinearPackage.SPECTRUM_TASK__INPUT_DIM:
				return inputDim != INPUT_DIM_EDEFAULT;
			case DeepLinearPackage.SPECTRUM_TASK__OUTPUT_DIM:
				return outputDim != OUTPUT_DIM_EDEFAULT;
			case DeepLinearPackage.SPECTRUM_TASK__SINGULAR_VALUES:
				return singularValues != null && !singularValues.isEmpty();
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
		result.append(", singularValues: ");
		result.append(singularValues);
		result.append(')');
		return result.toString();
	}

} //SpectrumTaskImpl
