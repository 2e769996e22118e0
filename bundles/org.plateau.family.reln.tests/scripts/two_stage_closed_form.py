# Independent numpy re-implementation of the paper's closed.py / closed3-5.py (read, not copied)
import numpy as np, sys
def tree():
    rows=[]; size=8
    while size>=1:
        for s in range(0,8,size):
            r=np.zeros(8); r[s:s+size]=1; rows.append(r)
        size//=2
    return np.array(rows)
def ring():
    b=np.array([0,.33,.66,1,1,.66,.33,0]); R=np.zeros((15,8)); R[0]=1
    for k in range(2,16): R[k-1]=np.roll(b,-((k-2)%8))
    return R
def cross():
    T=tree(); 
    for q,(i,j) in enumerate([(0,2),(1,3),(4,6),(5,7)]): T[3+q]=0; T[3+q,i]=1; T[3+q,j]=1
    return T
def data(C, diff, scale):
    P=8*C; X=np.zeros((8+C,P)); Y=np.zeros((15*(1+C),P)); T=tree()
    for c in range(C):
        B = T if not diff else [T,ring(),cross()][min(c,2)]
        for o in range(8):
            mu=c*8+o; X[o,mu]=1; X[8+c,mu]=scale; Y[:15,mu]=T[:,o]; Y[15*(1+c):15*(2+c),mu]=B[:,o]
    return X,Y
def sig(s,d,a0,t,tau):
    return (s/d)/(1-(1-s/(d*a0))*np.exp(-2*s*t[:,None]/tau))
def closed(C, diff, scale, lr, steps, a0c, a0m, t):
    X,Y=data(C,diff,scale); P=X.shape[1]; tau=1/(P*lr)
    U,s,VT=np.linalg.svd(Y@X.T/P, full_matrices=False)
    d=np.linalg.svd(X@X.T/P, compute_uv=False)
    n=8+C
    s=s[:n]; d=d[:n]; U=U[:,:n]; VT=VT[:n]
    keep = s>1e-12*s[0]   # modes with s=0 stay 0 (closed.py: 0/(...) = 0)
    def traj(tt): 
        a=np.zeros((len(tt),n)); a[:,keep]=sig(s[keep],d[keep],a0c,np.asarray(tt,float),tau); return a
    aend=traj([steps])[0]
    common_end = U@np.diag(aend)@VT@X
    R = Y-common_end
    mods=[]
    for left in range(C):
        cols=[mu for mu in range(P) if mu//8!=left]
        Xm=X[:8][:,cols]; Rm=R[:,cols]
        Um,sm,VmT=np.linalg.svd(Rm@Xm.T/P, full_matrices=False)
        dm=np.linalg.svd(Xm@Xm.T/P, compute_uv=False)/(C-1)
        k=sm>1e-12*sm[0]   # zero-correlation modes (arbitrary directions) left out
        Um,sm,VmT,dm=Um[:,k],sm[k],VmT[k],dm[k]
        mods.append((cols,Um,sm,VmT,dm))
    A=traj(t)
    loss=[]; svm=[]
    for i,ti in enumerate(t):
        pred=U@np.diag(A[i])@VT@X
        tops=[]
        for cols,Um,sm,VmT,dm in mods:
            am=sig(sm,dm,a0m,np.array([ti],float),tau)[0]
            pred[:,cols]+=Um@np.diag(am)@VmT@X[:8][:,cols]
            tops.append(am.max())
        loss.append(0.5*np.sum((pred-Y)**2)); svm.append(tops)
    return np.array(loss), A, np.array(svm)
if __name__=="__main__":
    t=np.array([0,500,1000,2000,3000,4000,6000,8000])
    for C,diff,scale,a0c,a0m in [(3,True,1.0,5e-9,5e-5),(3,False,1.0,5e-9,5e-5),(4,False,1.1,1e-8,1e-4),(5,False,1.35,1e-9,3e-4)]:
        L,A,S=closed(C,diff,scale,1e-3,8000,a0c,a0m,t)
        print(C,diff,np.round(L,4)); print('  common top',A[-1].max(),' modules',S[-1])

def common_loss(C,diff,scale,lr,a0c,t):
    X,Y=data(C,diff,scale); P=X.shape[1]; tau=1/(P*lr)
    U,s,VT=np.linalg.svd(Y@X.T/P, full_matrices=False); d=np.linalg.svd(X@X.T/P, compute_uv=False)
    k=s>1e-12*s[0]; U,s,VT,d=U[:,k],s[k],VT[k],d[:len(s)][k]
    A=sig(s,d,a0c,np.asarray(t,float),tau)
    return np.array([0.5*np.sum((U@np.diag(a)@VT@X-Y)**2) for a in A])
