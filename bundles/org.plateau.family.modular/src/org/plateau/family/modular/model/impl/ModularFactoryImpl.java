/**
 * Code marked @generated is produced by EMF from model/modular.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.modular.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.plateau.family.modular.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModularFactoryImpl extends EFactoryImpl implements ModularFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModularFactory init() {
		try {
			ModularFactory theModularFactory = (ModularFactory)EPackage.Registry.INSTANCE.getEFactory(ModularPackage.eNS_URI);
			if (theModularFactory != null) {
				return theModularFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModularFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModularFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModularPackage.MODULAR_TASK: return createModularTask();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModularTask createModularTask() {
		ModularTaskImpl modularTask = new ModularTaskImpl();
		return modularTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModularPackage getModularPackage() {
		return (ModularPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModularPackage getPackage() {
		return ModularPackage.eINSTANCE;
	}

} //ModularFactoryImpl
