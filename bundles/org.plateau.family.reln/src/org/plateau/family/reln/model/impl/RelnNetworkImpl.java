/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.reln.model.RelnNetwork;
import org.plateau.family.reln.model.RelnPackage;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.reln.model.impl.RelnNetworkImpl#getModuleWidth <em>Module Width</em>}</li>
 *   <li>{@link org.plateau.family.reln.model.impl.RelnNetworkImpl#getCommonScaleRatio <em>Common Scale Ratio</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelnNetworkImpl extends ArchitectureImpl implements RelnNetwork {
	/**
	 * The default value of the '{@link #getModuleWidth() <em>Module Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int MODULE_WIDTH_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getModuleWidth() <em>Module Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleWidth()
	 * @generated
	 * @ordered
	 */
	protected int moduleWidth = MODULE_WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommonScaleRatio() <em>Common Scale Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommonScaleRatio()
	 * @generated
	 * @ordered
	 */
	protected static final double COMMON_SCALE_RATIO_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getCommonScaleRatio() <em>Common Scale Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommonScaleRatio()
	 * @generated
	 * @ordered
	 */
	protected double commonScaleRatio = COMMON_SCALE_RATIO_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelnNetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelnPackage.Literals.RELN_NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getModuleWidth() {
		return moduleWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModuleWidth(int newModuleWidth) {
		int oldModuleWidth = moduleWidth;
		moduleWidth = newModuleWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelnPackage.RELN_NETWORK__MODULE_WIDTH, oldModuleWidth, moduleWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCommonScaleRatio() {
		return commonScaleRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommonScaleRatio(double newCommonScaleRatio) {
		double oldCommonScaleRatio = commonScaleRatio;
		commonScaleRatio = newCommonScaleRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelnPackage.RELN_NETWORK__COMMON_SCALE_RATIO, oldCommonScaleRatio, commonScaleRatio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelnPackage.RELN_NETWORK__MODULE_WIDTH:
				return getModuleWidth();
			case RelnPackage.RELN_NETWORK__COMMON_SCALE_RATIO:
				return getCommonScaleRatio();
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
			case RelnPackage.RELN_NETWORK__MODULE_WIDTH:
				setModuleWidth((Integer)newValue);
				return;
			case RelnPackage.RELN_NETWORK__COMMON_SCALE_RATIO:
				setCommonScaleRatio((Double)newValue);
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
			case RelnPackage.RELN_NETWORK__MODULE_WIDTH:
				setModuleWidth(MODULE_WIDTH_EDEFAULT);
				return;
			case RelnPackage.RELN_NETWORK__COMMON_SCALE_RATIO:
				setCommonScaleRatio(COMMON_SCALE_RATIO_EDEFAULT);
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
			case RelnPackage.RELN_NETWORK__MODULE_WIDTH:
				return moduleWidth != MODULE_WIDTH_EDEFAULT;
			case RelnPackage.RELN_NETWORK__COMMON_SCALE_RATIO:
				return commonScaleRatio != COMMON_SCALE_RATIO_EDEFAULT;
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
		result.append(" (moduleWidth: ");
		result.append(moduleWidth);
		result.append(", commonScaleRatio: ");
		result.append(commonScaleRatio);
		result.append(')');
		return result.toString();
	}

} //RelnNetworkImpl
