/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.reln.model.ContextStructure;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.family.reln.model.RelnPackage;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contextual Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.reln.model.impl.ContextualTaskImpl#getContexts <em>Contexts</em>}</li>
 *   <li>{@link org.plateau.family.reln.model.impl.ContextualTaskImpl#getStructure <em>Structure</em>}</li>
 *   <li>{@link org.plateau.family.reln.model.impl.ContextualTaskImpl#getContextScale <em>Context Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContextualTaskImpl extends TaskImpl implements ContextualTask {
	/**
	 * The default value of the '{@link #getContexts() <em>Contexts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContexts()
	 * @generated
	 * @ordered
	 */
	protected static final int CONTEXTS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getContexts() <em>Contexts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContexts()
	 * @generated
	 * @ordered
	 */
	protected int contexts = CONTEXTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStructure() <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructure()
	 * @generated
	 * @ordered
	 */
	protected static final ContextStructure STRUCTURE_EDEFAULT = ContextStructure.DIFFERENT;

	/**
	 * The cached value of the '{@link #getStructure() <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructure()
	 * @generated
	 * @ordered
	 */
	protected ContextStructure structure = STRUCTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContextScale() <em>Context Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextScale()
	 * @generated
	 * @ordered
	 */
	protected static final double CONTEXT_SCALE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getContextScale() <em>Context Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextScale()
	 * @generated
	 * @ordered
	 */
	protected double contextScale = CONTEXT_SCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContextualTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelnPackage.Literals.CONTEXTUAL_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getContexts() {
		return contexts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContexts(int newContexts) {
		int oldContexts = contexts;
		contexts = newContexts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelnPackage.CONTEXTUAL_TASK__CONTEXTS, oldContexts, contexts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContextStructure getStructure() {
		return structure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStructure(ContextStructure newStructure) {
		ContextStructure oldStructure = structure;
		structure = newStructure == null ? STRUCTURE_EDEFAULT : newStructure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelnPackage.CONTEXTUAL_TASK__STRUCTURE, oldStructure, structure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getContextScale() {
		return contextScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextScale(double newContextScale) {
		double oldContextScale = contextScale;
		contextScale = newContextScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelnPackage.CONTEXTUAL_TASK__CONTEXT_SCALE, oldContextScale, contextScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelnPackage.CONTEXTUAL_TASK__CONTEXTS:
				return getContexts();
			case RelnPackage.CONTEXTUAL_TASK__STRUCTURE:
				return getStructure();
			case RelnPackage.CONTEXTUAL_TASK__CONTEXT_SCALE:
				return getContextScale();
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
			case RelnPackage.CONTEXTUAL_TASK__CONTEXTS:
				setContexts((Integer)newValue);
				return;
			case RelnPackage.CONTEXTUAL_TASK__STRUCTURE:
				setStructure((ContextStructure)newValue);
				return;
			case RelnPackage.CONTEXTUAL_TASK__CONTEXT_SCALE:
				setContextScale((Double)newValue);
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
			case RelnPackage.CONTEXTUAL_TASK__CONTEXTS:
				setContexts(CONTEXTS_EDEFAULT);
				return;
			case RelnPackage.CONTEXTUAL_TASK__STRUCTURE:
				setStructure(STRUCTURE_EDEFAULT);
				return;
			case RelnPackage.CONTEXTUAL_TASK__CONTEXT_SCALE:
				setContextScale(CONTEXT_SCALE_EDEFAULT);
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
			case RelnPackage.CONTEXTUAL_TASK__CONTEXTS:
				return contexts != CONTEXTS_EDEFAULT;
			case RelnPackage.CONTEXTUAL_TASK__STRUCTURE:
				return structure != STRUCTURE_EDEFAULT;
			case RelnPackage.CONTEXTUAL_TASK__CONTEXT_SCALE:
				return contextScale != CONTEXT_SCALE_EDEFAULT;
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
		result.append(" (contexts: ");
		result.append(contexts);
		result.append(", structure: ");
		result.append(structure);
		result.append(", contextScale: ");
		result.append(contextScale);
		result.append(')');
		return result.toString();
	}

} //ContextualTaskImpl
