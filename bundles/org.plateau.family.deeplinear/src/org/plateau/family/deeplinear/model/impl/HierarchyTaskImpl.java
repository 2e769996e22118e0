/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.HierarchyDataset;
import org.plateau.family.deeplinear.model.HierarchyTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hierarchy Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.HierarchyTaskImpl#getDataset <em>Dataset</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HierarchyTaskImpl extends TaskImpl implements HierarchyTask {
	/**
	 * The default value of the '{@link #getDataset() <em>Dataset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected static final HierarchyDataset DATASET_EDEFAULT = HierarchyDataset.FOUR_ITEMS;

	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected HierarchyDataset dataset = DATASET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HierarchyTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeepLinearPackage.Literals.HIERARCHY_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HierarchyDataset getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataset(HierarchyDataset newDataset) {
		HierarchyDataset oldDataset = dataset;
		dataset = newDataset == null ? DATASET_EDEFAULT : newDataset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.HIERARCHY_TASK__DATASET, oldDataset, dataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeepLinearPackage.HIERARCHY_TASK__DATASET:
				return getDataset();
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
			case DeepLinearPackage.HIERARCHY_TASK__DATASET:
				setDataset((HierarchyDataset)newValue);
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
			case DeepLinearPackage.HIERARCHY_TASK__DATASET:
				setDataset(DATASET_EDEFAULT);
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
			case DeepLinearPackage.HIERARCHY_TASK__DATASET:
				return dataset != DATASET_EDEFAULT;
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
		result.append(" (dataset: ");
		result.append(dataset);
		result.append(')');
		return result.toString();
	}

} //HierarchyTaskImpl
