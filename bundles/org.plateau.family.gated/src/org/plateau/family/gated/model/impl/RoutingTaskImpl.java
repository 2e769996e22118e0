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
import org.plateau.family.gated.model.RoutingTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Routing Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.gated.model.impl.RoutingTaskImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.plateau.family.gated.model.impl.RoutingTaskImpl#getOffsets <em>Offsets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoutingTaskImpl extends TaskImpl implements RoutingTask {
	/**
	 * The default value of the '{@link #getDomains() <em>Domains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected static final int DOMAINS_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected int domains = DOMAINS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOffsets() <em>Offsets</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsets()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> offsets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoutingTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatedPackage.Literals.ROUTING_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDomains() {
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomains(int newDomains) {
		int oldDomains = domains;
		domains = newDomains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatedPackage.ROUTING_TASK__DOMAINS, oldDomains, domains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getOffsets() {
		if (offsets == null) {
			offsets = new EDataTypeUniqueEList<Integer>(Integer.class, this, GatedPackage.ROUTING_TASK__OFFSETS);
		}
		return offsets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GatedPackage.ROUTING_TASK__DOMAINS:
				return getDomains();
			case GatedPackage.ROUTING_TASK__OFFSETS:
				return getOffsets();
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
			case GatedPackage.ROUTING_TASK__DOMAINS:
				setDomains((Integer)newValue);
				return;
			case GatedPackage.ROUTING_TASK__OFFSETS:
				getOffsets().clear();
				getOffsets().addAll((Collection<? extends Integer>)newValue);
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
			case GatedPackage.ROUTING_TASK__DOMAINS:
				setDomains(DOMAINS_EDEFAULT);
				return;
			case GatedPackage.ROUTING_TASK__OFFSETS:
				getOffsets().clear();
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
			case GatedPackage.ROUTING_TASK__DOMAINS:
				return domains != DOMAINS_EDEFAULT;
			case GatedPackage.ROUTING_TASK__OFFSETS:
				return offsets != null && !offsets.isEmpty();
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
		result.append(" (domains: ");
		result.append(domains);
		result.append(", offsets: ");
		result.append(offsets);
		result.append(')');
		return result.toString();
	}

} //RoutingTaskImpl
