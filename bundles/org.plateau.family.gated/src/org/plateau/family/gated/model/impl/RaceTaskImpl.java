/**
 * Code marked @generated is produced by EMF from model/gated.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.gated.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.plateau.family.gated.model.GatedPackage;
import org.plateau.family.gated.model.RaceTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Race Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.gated.model.impl.RaceTaskImpl#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.gated.model.impl.RaceTaskImpl#getSingularValues <em>Singular Values</em>}</li>
 *   <li>{@link org.plateau.family.gated.model.impl.RaceTaskImpl#getGatedFraction <em>Gated Fraction</em>}</li>
 *   <li>{@link org.plateau.family.gated.model.impl.RaceTaskImpl#getGatedNode <em>Gated Node</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RaceTaskImpl extends TaskImpl implements RaceTask {
	/**
	 * The default value of the '{@link #getInputDim() <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDim()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_DIM_EDEFAULT = 4;

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
	 * The cached value of the '{@link #getSingularValues() <em>Singular Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingularValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> singularValues;

	/**
	 * The default value of the '{@link #getGatedFraction() <em>Gated Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatedFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double GATED_FRACTION_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getGatedFraction() <em>Gated Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatedFraction()
	 * @generated
	 * @ordered
	 */
	protected double gatedFraction = GATED_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGatedNode() <em>Gated Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatedNode()
	 * @generated
	 * @ordered
	 */
	protected static final String GATED_NODE_EDEFAULT = "hB";

	/**
	 * The cached value of the '{@link #getGatedNode() <em>Gated Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatedNode()
	 * @generated
	 * @ordered
	 */
	protected String gatedNode = GATED_NODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RaceTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatedPackage.Literals.RACE_TASK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatedPackage.RACE_TASK__INPUT_DIM, oldInputDim, inputDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSingularValues() {
		if (singularValues == null) {
			singularValues = new EDataTypeUniqueEList<Double>(Double.class, this, GatedPackage.RACE_TASK__SINGULAR_VALUES);
		}
		return singularValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGatedFraction() {
		return gatedFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGatedFraction(double newGatedFraction) {
		double oldGatedFraction = gatedFraction;
		gatedFraction = newGatedFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatedPackage.RACE_TASK__GATED_FRACTION, oldGatedFraction, gatedFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGatedNode() {
		return gatedNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGatedNode(String newGatedNode) {
		String oldGatedNode = gatedNode;
		gatedNode = newGatedNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatedPackage.RACE_TASK__GATED_NODE, oldGatedNode, gatedNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GatedPackage.RACE_TASK__INPUT_DIM:
				return getInputDim();
			case GatedPackage.RACE_TASK__SINGULAR_VALUES:
				return getSingularValues();
			case GatedPackage.RACE_TASK__GATED_FRACTION:
				return getGatedFraction();
			case GatedPackage.RACE_TASK__GATED_NODE:
				return getGatedNode();
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
			case GatedPackage.RACE_TASK__INPUT_DIM:
				setInputDim((Integer)newValue);
				return;
			case GatedPackage.RACE_TASK__SINGULAR_VALUES:
				getSingularValues().clear();
				getSingularValues().addAll((Collection<? extends Double>)newValue);
				return;
			case GatedPackage.RACE_TASK__GATED_FRACTION:
				setGatedFraction((Double)newValue);
				return;
			case GatedPackage.RACE_TASK__GATED_NODE:
				setGatedNode((String)newValue);
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
			case GatedPackage.RACE_TASK__INPUT_DIM:
				setInputDim(INPUT_DIM_EDEFAULT);
				return;
			case GatedPackage.RACE_TASK__SINGULAR_VALUES:
				getSingularValues().clear();
				return;
			case GatedPackage.RACE_TASK__GATED_FRACTION:
				setGatedFraction(GATED_FRACTION_EDEFAULT);
				return;
			case GatedPackage.RACE_TASK__GATED_NODE:
				setGatedNode(GATED_NODE_EDEFAULT);
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
			case GatedPackage.RACE_TASK__INPUT_DIM:
				return inputDim != INPUT_DIM_EDEFAULT;
			case GatedPackage.RACE_TASK__SINGULAR_VALUES:
				return singularValues != null && !singularValues.isEmpty();
			case GatedPackage.RACE_TASK__GATED_FRACTION:
				return gatedFraction != GATED_FRACTION_EDEFAULT;
			case GatedPackage.RACE_TASK__GATED_NODE:
				return GATED_NODE_EDEFAULT == null ? gatedNode != null : !GATED_NODE_EDEFAULT.equals(gatedNode);
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
		result.append(", singularValues: ");
		result.append(singularValues);
		result.append(", gatedFraction: ");
		result.append(gatedFraction);
		result.append(", gatedNode: ");
		result.append(gatedNode);
		result.append(')');
		return result.toString();
	}

} //RaceTaskImpl
