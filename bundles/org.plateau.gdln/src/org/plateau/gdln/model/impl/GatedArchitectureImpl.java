/**
 * Code marked @generated is produced by EMF from model/gdln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.gdln.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;
import org.plateau.gdln.model.GdlnPackage;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gated Architecture</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.gdln.model.impl.GatedArchitectureImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.plateau.gdln.model.impl.GatedArchitectureImpl#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatedArchitectureImpl extends ArchitectureImpl implements GatedArchitecture {
	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<GatedNode> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<GatedEdge> edges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatedArchitectureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GdlnPackage.Literals.GATED_ARCHITECTURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatedNode> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<GatedNode>(GatedNode.class, this, GdlnPackage.GATED_ARCHITECTURE__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatedEdge> getEdges() {
		if (edges == null) {
			edges = new EObjectContainmentEList<GatedEdge>(GatedEdge.class, this, GdlnPackage.GATED_ARCHITECTURE__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GdlnPackage.GATED_ARCHITECTURE__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case GdlnPackage.GATED_ARCHITECTURE__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GdlnPackage.GATED_ARCHITECTURE__NODES:
				return getNodes();
			case GdlnPackage.GATED_ARCHITECTURE__EDGES:
				return getEdges();
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
			case GdlnPackage.GATED_ARCHITECTURE__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends GatedNode>)newValue);
				return;
			case GdlnPackage.GATED_ARCHITECTURE__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends GatedEdge>)newValue);
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
			case GdlnPackage.GATED_ARCHITECTURE__NODES:
				getNodes().clear();
				return;
			case GdlnPackage.GATED_ARCHITECTURE__EDGES:
				getEdges().clear();
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
			case GdlnPackage.GATED_ARCHITECTURE__NODES:
				return nodes != null && !nodes.isEmpty();
			case GdlnPackage.GATED_ARCHITECTURE__EDGES:
				return edges != null && !edges.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GatedArchitectureImpl
