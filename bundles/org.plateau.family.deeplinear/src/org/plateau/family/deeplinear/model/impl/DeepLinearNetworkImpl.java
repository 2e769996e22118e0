/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.family.deeplinear.model.DeepLinearPackage;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.DeepLinearNetworkImpl#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.DeepLinearNetworkImpl#getHiddenWidth <em>Hidden Width</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeepLinearNetworkImpl extends ArchitectureImpl implements DeepLinearNetwork {
	/**
	 * The default value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int DEPTH_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected int depth = DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHiddenWidth() <em>Hidden Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int HIDDEN_WIDTH_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getHiddenWidth() <em>Hidden Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenWidth()
	 * @generated
	 * @ordered
	 */
	protected int hiddenWidth = HIDDEN_WIDTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeepLinearNetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDepth() {
		return depth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepth(int newDepth) {
		int oldDepth = depth;
		depth = newDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.DEEP_LINEAR_NETWORK__DEPTH, oldDepth, depth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHiddenWidth() {
		return hiddenWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenWidth(int newHiddenWidth) {
		int oldHiddenWidth = hiddenWidth;
		hiddenWidth = newHiddenWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH, oldHiddenWidth, hiddenWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeepLinearPackage.DEEP_LINEAR_NETWORK__DEPTH:
				return getDepth();
			case DeepLinearPackage.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH:
				return getHiddenWidth();
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
			case DeepLinearPackage.DEEP_LINEAR_NETWORK__DEPTH:
				setDepth((Integer)newValue);
				return;
			case DeepLinearPackage.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH:
				setHiddenWidth((Integer)newValue);
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
			case DeepLinearPackage.DEEP_LINEAR_NETWORK__DEPTH:
				setDepth(DEPTH_EDEFAULT);
				return;
			case DeepLinearPackage.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH:
				setHiddenWidth(HIDDEN_WIDTH_EDEFAULT);
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
			case DeepLinearPackage.DEEP_LINEAR_NETWORK__DEPTH:
				return depth != DEPTH_EDEFAULT;
			case DeepLinearPackage.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH:
				return hiddenWidth != HIDDEN_WIDTH_EDEFAULT;
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
		result.append(" (depth: ");
		result.append(depth);
		result.append(", hiddenWidth: ");
		result.append(hiddenWidth);
		result.append(')');
		return result.toString();
	}

} //DeepLinearNetworkImpl
