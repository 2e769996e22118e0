/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.plateau.family.rnn.model.RepresentationPairTask;
import org.plateau.family.rnn.model.RnnPackage;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Representation Pair Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.impl.RepresentationPairTaskImpl#getTargets1 <em>Targets1</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.RepresentationPairTaskImpl#getTargets2 <em>Targets2</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RepresentationPairTaskImpl extends TaskImpl implements RepresentationPairTask {
	/**
	 * The cached value of the '{@link #getTargets1() <em>Targets1</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets1()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> targets1;

	/**
	 * The cached value of the '{@link #getTargets2() <em>Targets2</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets2()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> targets2;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepresentationPairTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RnnPackage.Literals.REPRESENTATION_PAIR_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getTargets1() {
		if (targets1 == null) {
			targets1 = new EDataTypeUniqueEList<Double>(Double.class, this, RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS1);
		}
		return targets1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getTargets2() {
		if (targets2 == null) {
			targets2 = new EDataTypeUniqueEList<Double>(Double.class, this, RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS2);
		}
		return targets2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS1:
				return getTargets1();
			case RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS2:
				return getTargets2();
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
			case RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS1:
				getTargets1().clear();
				getTargets1().addAll((Collection<? extends Double>)newValue);
				return;
			case RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS2:
				getTargets2().clear();
				getTargets2().addAll((Collection<? extends Double>)newValue);
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
			case RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS1:
				getTargets1().clear();
				return;
			case RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS2:
				getTargets2().clear();
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
			case RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS1:
				return targets1 != null && !targets1.isEmpty();
			case RnnPackage.REPRESENTATION_PAIR_TASK__TARGETS2:
				return targets2 != null && !targets2.isEmpty();
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
		result.append(" (targets1: ");
		result.append(targets1);
		result.append(", targets2: ");
		result.append(targets2);
		result.append(')');
		return result.toString();
	}

} //RepresentationPairTaskImpl
